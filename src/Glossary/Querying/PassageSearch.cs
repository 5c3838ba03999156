using Glossary.Analysis;
using Glossary.Spin;
using Glossary.Terms;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Glossary.Querying;

// Ranked search over passages. Each word of the query is matched three ways, all optional: its SmartCn words (BM25),
// the same words as a phrase (boosted), and the word as an exact string in the bigram field (boosted most, and the
// only way to find 软件 hidden inside the SmartCn token 软件包). A query with Latin letters is also matched against
// the glossary's English glosses, and the surface forms of the entries it finds are searched as exact strings.
//
// Highlights are cut from what the index already holds: the term vector's offsets for the SmartCn words, and an
// ordinal scan of the stored passage for the exact strings; nothing is analysed again.
internal static class PassageSearch
{
    private const int MaxGlossExpansions = 8;

    // A search box takes sentences, not documents. At 256 characters a query has at most 128 words, each a few
    // clauses, and stays well below Lucene's 1,024 clauses per Boolean query whatever it holds.
    public const int MaxQueryLength = 256;

    // Passages of documents judged spun, read from the spin mark's doc values (no indexed field needed): a spun
    // document's mark is 2 or more (SpinTable.Marks.cs). The spun form's passages are found first and the filter
    // asked only of them: Lucene's default strategy first seeks the filter's first match, which over doc values means
    // reading every passage of the index when no document is spun (a rare word's search took 128 ms at 100 M characters).
    private static readonly Filter SpunDocuments = FieldCacheRangeFilter.NewInt64Range(Schema.Spin, (long)SpinVerdict.Spun, null, true, true);

    public static SearchResults Run(IndexSearcher searcher, TermBase terms, SpinTable spinTable, string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ArgumentException("Nothing to search for: the query is empty or only white space.", nameof(query));
        }

        if (query.Length > MaxQueryLength)
        {
            throw new ArgumentException($"The query is {query.Length:N0} characters long; a search takes at most {MaxQueryLength}. Search for a phrase of it, or look up a term.", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);

        var plan = Plan(terms, spinTable, query);
        if (plan.Query.Clauses.Count == 0)
        {
            return new SearchResults(query, 0, []);
        }

        var top = searcher.Search(plan.Query, limit);
        var passages = new PassageValues(searcher.IndexReader, spinTable);
        return new SearchResults(query, top.TotalHits, top.ScoreDocs.Select(hit => Hit(searcher, passages, terms, plan, hit)));
    }

    // Strings are highlighted wherever they occur in a hit; spun forms only in passages of spun documents.
    private sealed record SearchPlan(BooleanQuery Query, HashSet<string> Words, HashSet<string> Strings, HashSet<string> SpunForms)
    {
        /// <summary>English stems searched in the other side of bilingual passages, highlighted there.</summary>
        public HashSet<string> EnglishStems { get; } = new(StringComparer.Ordinal);
    }

    private static SearchPlan Plan(TermBase terms, SpinTable spinTable, string query)
    {
        var plan = new SearchPlan(new BooleanQuery(), new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal));
        foreach (var (text, required) in QueryText.Parse(query))
        {
            var words = Analyzers.ChineseWords(text);
            var part = new BooleanQuery();
            foreach (var (word, _) in words)
            {
                part.Add(new TermQuery(new Term(Schema.Text, word)), Occur.SHOULD);
                plan.Words.Add(word);
            }

            if (words.Count > 1)
            {
                var phrase = new PhraseQuery { Boost = 2 };
                foreach (var (word, position) in words)
                {
                    phrase.Add(new Term(Schema.Text, word), position);
                }

                part.Add(phrase, Occur.SHOULD);
            }

            // The text as written, or (in documents judged spun) a spinner's form of it: 技术 also finds 手艺.
            var exact = new BooleanQuery { { ExactGrams.Query(Schema.Exact, text), Occur.SHOULD } };
            foreach (var variant in spinTable.SpunVariants([text]).Keys)
            {
                exact.Add(new FilteredQuery(ExactGrams.Query(Schema.Exact, variant), SpunDocuments, FilteredQuery.QUERY_FIRST_FILTER_STRATEGY), Occur.SHOULD);
                plan.SpunForms.Add(variant);
            }

            exact.Boost = 4;
            part.Add(exact, required ? Occur.MUST : Occur.SHOULD);
            plan.Strings.Add(text);
            plan.Query.Add(part, required ? Occur.MUST : Occur.SHOULD);
        }

        if (QueryText.HasLatin(query))
        {
            foreach (var form in terms.FindByGloss(query).Take(MaxGlossExpansions).SelectMany(e => e.SurfaceForms))
            {
                var exact = ExactGrams.Query(Schema.Exact, form);
                exact.Boost = 4;
                plan.Query.Add(exact, Occur.SHOULD);
                plan.Strings.Add(form);
            }

            AddOtherSide(plan, query);
        }

        return plan;
    }

    // English words also search the other side of bilingual passages: each stem may match, the whole as a phrase is
    // boosted as an exact string is on the Chinese side.
    private static void AddOtherSide(SearchPlan plan, string query)
    {
        var tokens = Analyzers.EnglishTokens(query.Replace("\"", " ", StringComparison.Ordinal));
        if (tokens.Count == 0)
        {
            return;
        }

        var side = new BooleanQuery();
        foreach (var (stem, _, _, _) in tokens)
        {
            side.Add(new TermQuery(new Term(Schema.TranslationText, stem)), Occur.SHOULD);
            plan.EnglishStems.Add(stem);
        }

        if (tokens.Count > 1)
        {
            var phrase = new PhraseQuery { Boost = 4 };
            foreach (var (stem, position, _, _) in tokens)
            {
                phrase.Add(new Term(Schema.TranslationText, stem), position);
            }

            side.Add(phrase, Occur.SHOULD);
        }

        plan.Query.Add(side, Occur.SHOULD);
    }

    private static PassageHit Hit(IndexSearcher searcher, PassageValues passages, TermBase terms, SearchPlan plan, ScoreDoc hit)
    {
        var passage = passages.Load(hit.Doc);
        var text = passage.Text;
        var ranges = new List<(int Start, int End)>();
        AddWordOffsets(searcher.IndexReader, hit.Doc, plan.Words, ranges);
        var spun = plan.SpunForms.Count > 0 && passages.Verdict(hit.Doc) == SpinVerdict.Spun;
        foreach (var s in spun ? plan.Strings.Concat(plan.SpunForms) : plan.Strings)
        {
            for (var i = text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.IndexOf(s, i + 1, StringComparison.Ordinal))
            {
                ranges.Add((i, i + s.Length));
            }
        }

        var spans = terms.Annotate(text).Select(t => t with { Offset = t.Offset + passage.Offset });
        var translation = Translation(passages, hit.Doc, plan.EnglishStems);
        return new PassageHit(passage.Document, passage.Number, passage.Offset, hit.Score, text, Merge(ranges, passage.Offset), spans.ToList(), translation);
    }

    // The other side of a bilingual passage, with the English words of the query highlighted (by stem: "tariffs"
    // highlights "tariff"); null for a plain passage.
    private static AlignedTranslation? Translation(PassageValues passages, int docId, HashSet<string> stems)
    {
        if (passages.OtherSide(docId) is not var (id, language, text))
        {
            return null;
        }

        var ranges = stems.Count == 0 ? [] : Analyzers.EnglishTokens(text).Where(t => stems.Contains(t.Stem)).Select(t => (t.Start, t.End)).ToList();
        return new AlignedTranslation(language, text, id, Merge(ranges, 0));
    }

    // The query's SmartCn words in the passage, where the postings of the text field say they are (they keep each
    // word's offsets): a hit's words are found without analysing its text again. Offsets are in the passage proper.
    private static void AddWordOffsets(IndexReader reader, int docId, HashSet<string> words, List<(int, int)> ranges)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        if (words.Count == 0 || leaf.AtomicReader.GetTerms(Schema.Text) is not { } terms)
        {
            return;
        }

        var doc = docId - leaf.DocBase;
        var termsEnum = terms.GetEnumerator();
        foreach (var word in words)
        {
            if (!termsEnum.SeekExact(new BytesRef(word)))
            {
                continue;
            }

            var positions = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.Advance(doc) != doc)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                ranges.Add((positions.StartOffset, positions.EndOffset));
            }
        }
    }

    // Sorted, with overlapping and touching ranges joined: 出口 + 管制 highlight as 出口管制.
    private static List<Highlight> Merge(List<(int Start, int End)> ranges, int shift)
    {
        ranges.Sort();
        var merged = new List<Highlight>();
        var (start, end) = (-1, -1);
        foreach (var (s, e) in ranges)
        {
            if (s <= end)
            {
                end = Math.Max(end, e);
                continue;
            }

            if (end > start)
            {
                merged.Add(new Highlight(shift + start, end - start));
            }

            (start, end) = (s, e);
        }

        if (end > start)
        {
            merged.Add(new Highlight(shift + start, end - start));
        }

        return merged;
    }
}
