using Glossary.Analysis;
using Glossary.Spin;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Glossary.Querying;

/// <summary>Whole documents, recovered from their passages: the segments of a document, in order, are its text.</summary>
internal static class DocumentStore
{
    public static List<string> Keys(IndexReader reader)
    {
        var keys = new List<string>();
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var terms = MultiFields.GetTerms(reader, Schema.Document);
        if (terms is null)
        {
            return keys;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            // A replaced document's key stays in the terms dictionary until a merge: keep only keys with a live passage.
            var docs = termsEnum.Docs(liveDocs, null, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                keys.Add(termsEnum.Term.Utf8ToString());
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    public static string? Text(IndexSearcher searcher, string key)
    {
        var values = new PassageValues(searcher.IndexReader);
        var passages = DocIdCollector.Collect(searcher, new TermQuery(new Term(Schema.Document, key)))
            .Select(values.Load)
            .OrderBy(p => p.Number)
            .ToList();
        return passages.Count == 0 ? null : string.Concat(passages.Select(p => p.Segment));
    }

    public static SpinVerdict? Verdict(IndexSearcher searcher, string key)
    {
        var first = searcher.Search(new TermQuery(new Term(Schema.Document, key)), 1).ScoreDocs;
        return first.Length == 0 ? null : new PassageValues(searcher.IndexReader).Verdict(first[0].Doc);
    }
}
