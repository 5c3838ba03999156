namespace Glossary;

/// <summary>A glossary term found in a text.</summary>
/// <param name="Offset">Start of the match, in UTF-16 code units, so <c>text.Substring(Offset, Length) == Text</c>.</param>
/// <param name="Length">Length of the match in UTF-16 code units.</param>
/// <param name="Text">The surface form as it occurs (the headword or one of its variants).</param>
/// <param name="Entry">The entry the surface form belongs to, with its glosses.</param>
public readonly record struct TermSpan(int Offset, int Length, string Text, TermEntry Entry);
