namespace Glossary;

/// <summary>One occurrence of a looked-up term: a line of the concordance.</summary>
/// <param name="Document">The key of the document it occurs in.</param>
/// <param name="Offset">Start in the document text, in UTF-16 code units: <c>text.Substring(Offset, Length) == Match</c>.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Match">The surface form found (the term itself, or one of its entry's variants).</param>
/// <param name="Left">Up to <see cref="LookupOptions.ContextLength"/> characters before the match, stopping at a line break.</param>
/// <param name="Right">Up to <see cref="LookupOptions.ContextLength"/> characters after the match, stopping at a line break.</param>
/// <param name="Passage">The number of the passage (from 0) the occurrence starts in.</param>
public sealed record TermOccurrence(string Document, int Offset, int Length, string Match, string Left, string Right, int Passage)
{
    /// <summary>
    /// When <see cref="Match"/> is a spinner's form in a document judged spun, the form it stands for (手艺 found
    /// for 技术: <see cref="Match"/> is 手艺, this is 技术); otherwise <see langword="null"/>.
    /// </summary>
    public string? SpunFormOf { get; init; }
}
