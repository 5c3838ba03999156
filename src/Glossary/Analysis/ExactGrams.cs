using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Glossary.Analysis;

// The exact field indexes, at position i, the two UTF-16 code units starting at i (the last position holds the last
// code unit alone). Any string of two or more code units is then a phrase of its bigrams, and a single code unit is
// a prefix of the token at its position. Nothing is normalised: the index narrows candidates and an ordinal scan of
// the stored text confirms every occurrence, so exactness never depends on analysis.
internal static class ExactGrams
{
    /// <summary>A query matching every indexed text of <paramref name="field"/> that may contain <paramref name="value"/>.</summary>
    public static Query Query(string field, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (value.Length == 1)
        {
            return new PrefixQuery(new Term(field, value));
        }

        // Non-overlapping bigrams plus the last one pin every character: fewer postings to intersect.
        var phrase = new PhraseQuery();
        for (var i = 0; i + 2 <= value.Length; i += 2)
        {
            phrase.Add(new Term(field, value.Substring(i, 2)), i);
        }

        if (value.Length % 2 == 1)
        {
            phrase.Add(new Term(field, value.Substring(value.Length - 2, 2)), value.Length - 2);
        }

        return phrase;
    }
}
