using Glossary.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Glossary.Querying;

// The passages that may hold any of a look-up's forms, in doc-id order: those whose exact or seam field holds every
// pinning bigram of a form (a one-character form: any bigram starting with it). Positions are not read — the ordinal
// scan of each candidate's window verifies every occurrence, so a passage holding the bigrams apart costs one scan and
// changes no count — and a bigram shared by several forms (a term's spun variants share most of theirs) is looked up
// in the term dictionary once per segment, where a phrase query per form and field looked it up again each time.
internal static class CandidatePassages
{
    public static List<int> Find(IndexReader reader, IReadOnlyList<string> forms)
    {
        var found = new List<int>();
        foreach (var context in reader.Leaves)
        {
            var leaf = context.AtomicReader;
            var candidates = new FixedBitSet(leaf.MaxDoc);
            Collect(leaf, Schema.Exact, forms, candidates, oneCharacter: true);
            Collect(leaf, Schema.Seam, forms, candidates, oneCharacter: false);
            for (var doc = candidates.NextSetBit(0); doc >= 0; doc = doc + 1 < leaf.MaxDoc ? candidates.NextSetBit(doc + 1) : -1)
            {
                found.Add(context.DocBase + doc);
            }
        }

        return found;
    }

    // A one-character form is found through the exact field only (as before: the seam exists for forms that cross a
    // segment's end, which one character cannot).
    private static void Collect(AtomicReader leaf, string field, IReadOnlyList<string> forms, FixedBitSet candidates, bool oneCharacter)
    {
        if (leaf.GetTerms(field) is not { } terms)
        {
            return;
        }

        var termsEnum = terms.GetEnumerator();
        var postings = new Dictionary<string, int[]?>(StringComparer.Ordinal);
        var liveDocs = leaf.LiveDocs;
        foreach (var form in forms)
        {
            if (form.Length == 1)
            {
                if (oneCharacter)
                {
                    Prefix(termsEnum, liveDocs, form, candidates);
                }

                continue;
            }

            var lists = new List<int[]>();
            foreach (var (bigram, _) in ExactGrams.Pins(form))
            {
                if (!postings.TryGetValue(bigram, out var docs))
                {
                    postings[bigram] = docs = termsEnum.SeekExact(new BytesRef(bigram)) ? Docs(termsEnum, liveDocs) : null;
                }

                if (docs is null)
                {
                    lists = null;
                    break;
                }

                lists.Add(docs);
            }

            if (lists is { Count: > 0 })
            {
                Intersect(lists, candidates);
            }
        }
    }

    private static void Prefix(TermsEnum termsEnum, IBits? liveDocs, string prefix, FixedBitSet candidates)
    {
        var start = new BytesRef(prefix);
        if (termsEnum.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return;
        }

        DocsEnum? reuse = null;
        do
        {
            if (!StringHelper.StartsWith(termsEnum.Term, start))
            {
                break;
            }

            reuse = termsEnum.Docs(liveDocs, reuse, DocsFlags.NONE);
            for (var doc = reuse.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reuse.NextDoc())
            {
                candidates.Set(doc);
            }
        }
        while (termsEnum.MoveNext());
    }

    private static int[] Docs(TermsEnum termsEnum, IBits? liveDocs)
    {
        var docs = new int[termsEnum.DocFreq];
        var count = 0;
        var postings = termsEnum.Docs(liveDocs, null, DocsFlags.NONE);
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            docs[count++] = doc;
        }

        return count == docs.Length ? docs : docs[..count]; // deleted passages are left out
    }

    // The docs in every list: the shortest drives, the others are searched forward.
    private static void Intersect(List<int[]> lists, FixedBitSet candidates)
    {
        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        var at = new int[lists.Count];
        foreach (var doc in lists[0])
        {
            var all = true;
            for (var i = 1; i < lists.Count && all; i++)
            {
                var list = lists[i];
                var found = Array.BinarySearch(list, at[i], list.Length - at[i], doc);
                at[i] = found >= 0 ? found : ~found;
                all = found >= 0;
                if (at[i] >= list.Length)
                {
                    return;
                }
            }

            if (all)
            {
                candidates.Set(doc);
            }
        }
    }
}
