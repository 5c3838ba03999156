using System.Buffers;
using System.Runtime.InteropServices;
using Glossary.Analysis;
using Glossary.Spin;
using Glossary.Terms;
using Glossary.Text;
using Lucene.Net.Search;

namespace Glossary.Querying;

// Exact look-up = candidates, then verification. The bigram fields narrow the passages that can hold a surface form
// (CandidatePassages); an ordinal scan of each candidate's stored window finds every start inside the passage's
// segment. Each start belongs to exactly one segment, so nothing is found twice, and the count is exact whatever any
// analyzer does.
// In documents judged spun, the spun forms of the term are found the same way (see SpinTable).
internal static class TermLookup
{
    // Most look-ups keep their matches below this many; a list that large is kept for the thread's next look-up.
    private const int KeptMatches = 1 << 14;

    // The matches of a look-up, reused by the next one on the same thread: a frequent term's matches outgrow 85 KB
    // (1,400 matches grow the list to 2,048 of 56 bytes), and an array that large is allocated on the large object
    // heap, whose budget, spent at every such look-up, brings full collections of everything the process holds.
    [ThreadStatic]
    private static List<LookupMatch>? t_matches;

    public static TermReport Run(IndexSearcher searcher, TermBase terms, SpinTable spinTable, string query, LookupOptions options)
    {
        Validate(query, options);
        var found = t_matches ?? [];
        t_matches = null;
        try
        {
            return Run(searcher, terms, spinTable, query, options, found);
        }
        finally
        {
            // Cleared, so the kept list holds no document's strings.
            found.Clear();
            t_matches = found.Capacity <= KeptMatches ? found : null;
        }
    }

    private static TermReport Run(IndexSearcher searcher, TermBase terms, SpinTable spinTable, string query, LookupOptions options, List<LookupMatch> found)
    {
        var entry = terms.Find(query);
        var forms = entry is null
            ? [query]
            : entry.SurfaceForms.Where(f => f.Length <= Schema.Reach && !LineBreaks.Contains(f)).Distinct().ToList();

        // Spun forms (手艺 for 技术) are searched too, and kept only where the document is judged spun and restoring
        // the text there gives the form back; a form that is itself spun (大买卖 for 大交易) is marked the same way.
        var spun = options.IncludeSpunForms ? spinTable.SpunVariants(forms) : [];
        var surfaces = forms.Union(spun.Keys.Where(v => v.Length <= Schema.Reach)).ToList();

        // One read of each candidate's window: the scan finds, verifies spun forms and, when every occurrence is
        // returned, cuts the contexts; a limited look-up cuts only those it returns, after sorting.
        var passages = new PassageValues(searcher.IndexReader, spinTable);
        var asWritten = forms.ToHashSet(StringComparer.Ordinal);
        var context = options.Limit is null ? options.ContextLength : -1;
        foreach (var docId in CandidatePassages.Find(searcher.IndexReader, surfaces))
        {
            passages.Scan(docId, surfaces, asWritten, spun, context, found);
        }

        // The matches stay where the scan put them; the look-up reads them through their positions in order.
        var pooled = ArrayPool<int>.Shared.Rent(found.Count);
        try
        {
            var order = pooled.AsSpan(0, KeepNonOverlapping(found, pooled.AsSpan(0, found.Count)));
            return Report(searcher, terms, query, options, entry, passages, found, order);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pooled);
        }
    }

    private static TermReport Report(IndexSearcher searcher, TermBase terms, string query, LookupOptions options, TermEntry? entry,
        PassageValues passages, List<LookupMatch> found, ReadOnlySpan<int> order)
    {
        // In bilingual documents, how the units holding the term render it (for English words: how the units whose
        // other side holds them render them in Chinese).
        IReadOnlyList<Rendering> renderings = [];
        if (options.IncludeRenderings)
        {
            // Latin letters without a Han character are English words: their renderings are Chinese.
            renderings = QueryText.HasLatin(query) && !Han.Any(query)
                ? RenderingLookup.OfEnglish(searcher, passages, query, terms)
                : RenderingLookup.OfChinese(searcher, passages, DocIds(found, order), entry);
        }

        var limit = Math.Min(options.Limit ?? int.MaxValue, order.Length);
        var occurrences = new List<TermOccurrence>(limit);
        foreach (var i in order[..limit])
        {
            occurrences.Add(passages.Occurrence(found[i], options.ContextLength, Translation(passages, found[i].DocId, renderings)));
        }

        return new TermReport(query, entry, order.Length, occurrences, renderings);
    }

    private static int[] DocIds(List<LookupMatch> found, ReadOnlySpan<int> order)
    {
        var docIds = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            docIds[i] = found[order[i]].DocId;
        }

        return docIds;
    }

    private static AlignedTranslation? Translation(PassageValues passages, int docId, IReadOnlyList<Rendering> renderings) =>
        passages.OtherSide(docId) is var (unit, language, text)
            ? new AlignedTranslation(language, text, unit, RenderingLookup.Highlights(text, renderings))
            : null;

    private static void Validate(string query, LookupOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ArgumentException("Nothing to look up: the term is empty or only white space.", nameof(query));
        }

        if (query.Length > Schema.Reach)
        {
            throw new ArgumentException(
                $"A look-up term is at most {Schema.Reach} characters; this one has {query.Length}. Use Search for longer text.",
                nameof(query));
        }

        if (LineBreaks.Contains(query))
        {
            throw new ArgumentException("A look-up term cannot contain a line break: occurrences never span paragraphs.", nameof(query));
        }

        if (options.ContextLength is < 0 or > Schema.Reach)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.ContextLength, $"The context length must be between 0 and {Schema.Reach} characters.");
        }

        if (options.Limit is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Limit, "The limit cannot be negative.");
        }
    }

    // The result of scanning each document left to right, taking a match and going on after its end; where forms
    // start at the same place, the longest wins. Fills order with the positions of the matches kept, in order, and
    // returns how many: the matches themselves never move (56 bytes and five references each, a write barrier per
    // reference at every move; a common term has tens of thousands).
    private static int KeepNonOverlapping(List<LookupMatch> found, Span<int> order)
    {
        Sort(found, order);
        var matches = CollectionsMarshal.AsSpan(found);
        var kept = 0;
        string? document = null;
        var end = 0;
        foreach (var i in order)
        {
            ref readonly var match = ref matches[i];
            if (match.Document != document)
            {
                document = match.Document;
                end = 0;
            }

            if (match.Offset >= end)
            {
                order[kept++] = i;
                end = match.Offset + match.Form.Length;
            }
        }

        return kept;
    }

    // By document (ordinal), offset, then longest form first: fills order with the positions of the matches in that
    // order. A look-up of a common term orders tens of thousands of matches: on one 64-bit key each (the document's
    // rank among the matched documents, the offset, the length), not by comparing strings through a delegate.
    private static void Sort(List<LookupMatch> found, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Documents ranked once each: consecutive matches are mostly of one document, the same string.
        var items = CollectionsMarshal.AsSpan(found);
        var rank = new Dictionary<string, long>(StringComparer.Ordinal);
        string? previous = null;
        foreach (ref readonly var match in items)
        {
            if (!ReferenceEquals(match.Document, previous))
            {
                rank.TryAdd(previous = match.Document, 0);
            }
        }

        var documents = rank.Keys.Order(StringComparer.Ordinal).ToList();
        if (documents.Count >= 1 << 23)
        {
            var matches = found;
            order.Sort((a, b) =>
            {
                var (x, y) = (matches[a], matches[b]);
                var compared = string.CompareOrdinal(x.Document, y.Document);
                compared = compared != 0 ? compared : x.Offset.CompareTo(y.Offset);
                return compared != 0 ? compared : y.Form.Length.CompareTo(x.Form.Length);
            });
            return;
        }

        for (var i = 0; i < documents.Count; i++)
        {
            rank[documents[i]] = i;
        }

        // rank: 23 bits (the sign bit stays clear), offset: 32 bits (non-negative int), 127 − length: 8 bits (a form
        // has at most Reach = 64 characters). The keys in a pooled array: a common term's would be on the large
        // object heap at every look-up. The scan often finds the matches in order already (one form, passages in
        // document order): then nothing is sorted.
        var pooled = ArrayPool<long>.Shared.Rent(items.Length);
        var keys = pooled.AsSpan(0, items.Length);
        var sorted = true;
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = (rank[items[i].Document] << 40) | ((long)items[i].Offset << 8) | (long)(127 - items[i].Form.Length);
            sorted &= i == 0 || keys[i - 1] <= keys[i];
        }

        if (!sorted)
        {
            keys.Sort(order);
        }

        ArrayPool<long>.Shared.Return(pooled);
    }
}
