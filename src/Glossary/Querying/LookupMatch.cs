namespace Glossary.Querying;

/// <summary>
/// An occurrence found by a look-up's scan, already verified (<see cref="SpunFormOf"/> set where a spun form restores
/// to the term) and, when the scan cut them, with its context and passage number, so that the window is read once.
/// </summary>
internal readonly record struct LookupMatch(string Document, int Offset, string Form, int DocId, string? SpunFormOf, string? Left, string? Right, int Passage);
