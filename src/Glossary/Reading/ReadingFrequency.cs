using Glossary.Terms;

namespace Glossary.Reading;

/// <summary>A glossary entry found in the text, and how often (an exact look-up's count).</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Count">Its occurrences in the text, 1 or more.</param>
public sealed record ReadingFrequency(TermEntry Entry, int Count);
