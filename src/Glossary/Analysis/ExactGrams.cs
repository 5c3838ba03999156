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

        var phrase = new PhraseQuery();
        foreach (var (bigram, position) in Pins(value))
        {
            phrase.Add(new Term(field, bigram), position);
        }

        return phrase;
    }

    /// <summary>
    /// The bigrams of <paramref name="value"/> (two or more code units) that pin every character, with their positions:
    /// the non-overlapping ones plus the last, so fewer postings are intersected.
    /// </summary>
    public static IEnumerable<(string Bigram, int Position)> Pins(string value)
    {
        for (var i = 0; i + 2 <= value.Length; i += 2)
        {
            yield return (value.Substring(i, 2), i);
        }

        if (value.Length % 2 == 1)
        {
            yield return (value.Substring(value.Length - 2, 2), value.Length - 2);
        }
    }
}
