using Glossary.Analysis;
using Glossary.Terms;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Glossary.Querying;

// The renderings of a look-up, from what the index holds: the units of bilingual documents that hold the term (their
// other side from doc values), and, for every candidate the finder weighs, how many units of the index hold it (a
// phrase query over the other side indexed as English, or an exact query over the Chinese side), each counted once
// per look-up. Nothing is analysed again but the few units that hold the term.
internal static class RenderingLookup
{
    private const int Max = 10;

    /// <summary>How the units holding a Chinese term render it in the other language.</summary>
    public static IReadOnlyList<Rendering> OfChinese(IndexSearcher searcher, PassageValues passages, IEnumerable<int> docIds, TermEntry? entry)
    {
        var units = new List<(string Unit, string Text)>();
        var seen = new HashSet<int>();
        foreach (var docId in docIds)
        {
            if (seen.Add(docId) && passages.OtherSide(docId) is var (unit, _, text))
            {
                units.Add((unit, text));
            }
        }

        if (units.Count == 0)
        {
            return [];
        }

        var total = Math.Max(units.Count, searcher.IndexReader.GetDocCount(Schema.TranslationText));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int Count(IReadOnlyList<string> stems)
        {
            var key = string.Join(' ', stems);
            if (!counts.TryGetValue(key, out var count))
            {
                var phrase = new PhraseQuery();
                for (var i = 0; i < stems.Count; i++)
                {
                    if (stems[i].Length > 0)
                    {
                        phrase.Add(new Term(Schema.TranslationText, stems[i]), i);
                    }
                }

                counts[key] = count = Hits(searcher, phrase);
            }

            return count;
        }

        var glosses = entry?.Translations.Where(t => !t.IsClassifier).Select(t => (t.Text, t.Status)).ToList() ?? [];
        return RenderingFinder.Find(units, Count, total, glosses, Max);
    }

    /// <summary>How the units whose other side holds English words render them in Chinese (exact strings of the units).</summary>
    public static IReadOnlyList<Rendering> OfEnglish(IndexSearcher searcher, PassageValues passages, string english, TermBase terms)
    {
        var tokens = Analyzers.EnglishTokens(english);
        if (tokens.Count == 0)
        {
            return [];
        }

        var phrase = new PhraseQuery();
        foreach (var (stem, position, _, _) in tokens)
        {
            phrase.Add(new Term(Schema.TranslationText, stem), position - tokens[0].Position);
        }

        var units = new List<(string Unit, string Text)>();
        foreach (var docId in DocIdCollector.Collect(searcher, phrase))
        {
            if (passages.OtherSide(docId) is var (unit, _, _))
            {
                units.Add((unit, passages.Load(docId).Text));
            }
        }

        if (units.Count == 0)
        {
            return [];
        }

        var bilingual = new TermQuery(new Term(Schema.Bilingual, Schema.Yes));
        var total = Math.Max(units.Count, Hits(searcher, bilingual));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int Count(string form)
        {
            if (!counts.TryGetValue(form, out var count))
            {
                counts[form] = count = Hits(searcher, new BooleanQuery { { ExactGrams.Query(Schema.Exact, form), Occur.MUST }, { bilingual, Occur.MUST } });
            }

            return count;
        }

        var chinese = terms.FindByGloss(english).Select(e => (e.Term, e.Status)).ToList();
        return RenderingFinder.FindChinese(units, Count, total, chinese, Max);
    }

    /// <summary>
    /// Where the first of <paramref name="renderings"/> that a translation holds stands in it (every place), as
    /// ranges of the text; empty when it holds none.
    /// </summary>
    public static List<Highlight> Highlights(string text, IReadOnlyList<Rendering> renderings)
    {
        if (renderings.Count == 0)
        {
            return [];
        }

        var tokens = Analyzers.EnglishTokens(text);
        foreach (var rendering in renderings)
        {
            var stems = Analyzers.EnglishTokens(rendering.Text);
            var found = new List<Highlight>();
            for (var i = 0; stems.Count > 0 && i < tokens.Count; i++)
            {
                if (Matches(tokens, i, stems) is { } last)
                {
                    found.Add(new Highlight(tokens[i].Start, tokens[last].End - tokens[i].Start));
                }
            }

            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    // The index of the last token of the rendering's stems starting at token `first`, keeping their position steps
    // (a stop word's hole stays a hole), or null.
    private static int? Matches(IReadOnlyList<(string Stem, int Position, int Start, int End)> tokens, int first,
        IReadOnlyList<(string Stem, int Position, int Start, int End)> stems)
    {
        var at = first;
        for (var k = 0; k < stems.Count; k++)
        {
            if (k > 0)
            {
                at++;
                if (at >= tokens.Count || tokens[at].Position - tokens[first].Position != stems[k].Position - stems[0].Position)
                {
                    return null;
                }
            }

            if (tokens[at].Stem != stems[k].Stem)
            {
                return null;
            }
        }

        return at;
    }

    private static int Hits(IndexSearcher searcher, Query query)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(query, collector);
        return collector.TotalHits;
    }
}
