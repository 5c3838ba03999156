using Glossary.Bilingual;
using Glossary.Text;

namespace Glossary.Indexing;

/// <summary>
/// A stretch of a document as it arrives to be written: its offset in the document and its text, and, for a
/// bilingual document, its passages already made (one per unit) with the units they come from.
/// </summary>
internal sealed record SourceBlock(int Offset, string Text)
{
    /// <summary>The passages, when the caller made them (a bilingual document's units); otherwise they are split from the text.</summary>
    public IReadOnlyList<Passage>? Passages { get; init; }

    /// <summary>The unit of each passage, in step with <see cref="Passages"/>; <see langword="null"/> for a plain document.</summary>
    public IReadOnlyList<TranslationUnit>? Units { get; init; }
}
