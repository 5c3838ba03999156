namespace Glossary.Querying;

/// <summary>A highlighted range of a document: <c>documentText.Substring(Offset, Length)</c>.</summary>
/// <param name="Offset">Start in the document, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct Highlight(int Offset, int Length);
