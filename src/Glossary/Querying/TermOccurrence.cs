namespace Glossary.Querying;

/// <summary>
/// One occurrence of a looked-up term: a line of the concordance. Two occurrences are equal when every property is.
/// </summary>
public sealed class TermOccurrence : IEquatable<TermOccurrence>
{
    internal TermOccurrence(string document, int offset, string match, string left, string right, int passage, string? spunFormOf,
        AlignedTranslation? translation = null)
    {
        Translation = translation;
        Document = document;
        Offset = offset;
        Match = match;
        Left = left;
        Right = right;
        Passage = passage;
        SpunFormOf = spunFormOf;
    }

    /// <summary>The key of the document it occurs in.</summary>
    public string Document { get; }

    /// <summary>Start in the document text, in UTF-16 code units: <c>text.Substring(Offset, Length) == Match</c>.</summary>
    public int Offset { get; }

    /// <summary>Length in UTF-16 code units: the length of <see cref="Match"/>.</summary>
    public int Length => Match.Length;

    /// <summary>The surface form found (the term itself, or one of its entry's variants).</summary>
    public string Match { get; }

    /// <summary>Up to <see cref="LookupOptions.ContextLength"/> characters before the match, stopping at a line break.</summary>
    public string Left { get; }

    /// <summary>Up to <see cref="LookupOptions.ContextLength"/> characters after the match, stopping at a line break.</summary>
    public string Right { get; }

    /// <summary>The number of the passage (from 0) the occurrence starts in.</summary>
    public int Passage { get; }

    /// <summary>
    /// When <see cref="Match"/> is a spinner's form in a document judged spun, the form it stands for (手艺 found
    /// for 技术: <see cref="Match"/> is 手艺, this is 技术); otherwise <see langword="null"/>.
    /// </summary>
    public string? SpunFormOf { get; }

    /// <summary>
    /// In a bilingual document, the other side of the occurrence's unit (the first language that is not Chinese),
    /// with the term's likely rendering highlighted; <see langword="null"/> in a plain document.
    /// </summary>
    public AlignedTranslation? Translation { get; }

    /// <summary>Whether <paramref name="other"/> is the same occurrence with the same context.</summary>
    public bool Equals(TermOccurrence? other) =>
        other is not null && Offset == other.Offset && Passage == other.Passage && Document == other.Document && Match == other.Match
        && Left == other.Left && Right == other.Right && SpunFormOf == other.SpunFormOf;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TermOccurrence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Document, Offset, Match, Left, Right, Passage, SpunFormOf);

    /// <summary>The occurrence as <c>document@offset: left[match]right</c>, for logs and test failures.</summary>
    public override string ToString() => $"{Document}@{Offset}: {Left}[{Match}]{Right}";
}
