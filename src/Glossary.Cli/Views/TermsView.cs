using Glossary.Terms;

namespace Glossary.Cli.Views;

/// <summary>The glossary's entries by frequency: those shown (most frequent first), how many in all, how many never occur.</summary>
internal sealed record TermsView(IReadOnlyList<TermFrequency> Shown, int Total, int Absent);

/// <summary>An entry and its number of occurrences in the corpus.</summary>
internal sealed record TermFrequency(TermEntry Entry, int Count);
