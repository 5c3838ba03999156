namespace Glossary.Terms;

/// <summary>A glossary term found in a text.</summary>
/// <param name="Offset">Start of the match, in UTF-16 code units, so <c>text.Substring(Offset, Length) == Text</c>.</param>
/// <param name="Text">The surface form as it occurs (the headword or one of its variants).</param>
/// <param name="Entry">The entry the surface form belongs to, with its glosses.</param>
public readonly record struct TermSpan(int Offset, string Text, TermEntry Entry)
{
    /// <summary>Length of the match in UTF-16 code units: the length of <see cref="Text"/>.</summary>
    public int Length => Text.Length;
}
