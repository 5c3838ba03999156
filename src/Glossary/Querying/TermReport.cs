namespace Glossary;

/// <summary>The answer to a look-up: the glossary entry, if any, and where the term occurs.</summary>
/// <param name="Query">The string that was looked up.</param>
/// <param name="Entry">The glossary entry with this surface form, or <see langword="null"/> when the glossary has none.</param>
/// <param name="Count">
/// The number of occurrences in the whole corpus, always complete even when <see cref="Occurrences"/> is limited.
/// It equals an ordinal, left-to-right, non-overlapping scan of every document for the entry's surface forms, plus,
/// in documents judged spun, the spinner's forms of them (see <see cref="LookupOptions.IncludeSpunForms"/>).
/// </param>
/// <param name="Occurrences">The occurrences in document-key order, then by offset (at most <see cref="LookupOptions.Limit"/>).</param>
public sealed record TermReport(string Query, TermEntry? Entry, int Count, IReadOnlyList<TermOccurrence> Occurrences);
