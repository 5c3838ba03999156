namespace Glossary;

/// <summary>A passage found by a search.</summary>
/// <param name="Document">The key of the document.</param>
/// <param name="Passage">The passage's number in its document, from 0.</param>
/// <param name="Offset">Start of the passage in the document, in UTF-16 code units.</param>
/// <param name="Length">Length of the passage in UTF-16 code units.</param>
/// <param name="Score">Relevance (BM25, exact phrases boosted); only comparable within one search.</param>
/// <param name="Text">The passage text: <c>documentText.Substring(Offset, Length)</c>.</param>
/// <param name="Highlights">What matched the query, as document ranges, sorted and never overlapping or touching.</param>
/// <param name="Terms">The glossary terms in the passage, with document offsets and their entries' glosses.</param>
public sealed record PassageHit(
    string Document,
    int Passage,
    int Offset,
    int Length,
    float Score,
    string Text,
    IReadOnlyList<Highlight> Highlights,
    IReadOnlyList<TermSpan> Terms);
