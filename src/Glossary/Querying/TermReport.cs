using Glossary.Terms;

namespace Glossary.Querying;

/// <summary>The answer to a look-up (<c>CorpusIndex.Lookup</c>): the glossary entry, if any, and where the term occurs.</summary>
public sealed class TermReport
{
    internal TermReport(string query, TermEntry? entry, int count, IReadOnlyList<TermOccurrence> occurrences, IReadOnlyList<Rendering> renderings)
    {
        Renderings = renderings.ToList().AsReadOnly();
        Query = query;
        Entry = entry;
        Count = count;
        Occurrences = occurrences.ToList().AsReadOnly();
    }

    /// <summary>The string that was looked up.</summary>
    public string Query { get; }

    /// <summary>The glossary entry with this surface form, or <see langword="null"/> when the glossary has none.</summary>
    public TermEntry? Entry { get; }

    /// <summary>
    /// The number of occurrences in the whole corpus, always complete even when <see cref="Occurrences"/> is limited.
    /// It equals an ordinal, left-to-right, non-overlapping scan of every document for the entry's surface forms, plus,
    /// in documents judged spun, the spinner's forms of them (see <see cref="LookupOptions.IncludeSpunForms"/>).
    /// </summary>
    public int Count { get; }

    /// <summary>The occurrences in document-key order, then by offset (at most <see cref="LookupOptions.Limit"/>).</summary>
    public IReadOnlyList<TermOccurrence> Occurrences { get; }

    /// <summary>
    /// In bilingual documents, the ways the term was translated, most frequent first, each with its count of units:
    /// for a Chinese term, English renderings (inflections folded); for English words, Chinese renderings, each an
    /// exact string found in the units. Empty without bilingual documents, or with
    /// <see cref="LookupOptions.IncludeRenderings"/> off. The method: docs/bilingual.md.
    /// </summary>
    public IReadOnlyList<Rendering> Renderings { get; }
}
