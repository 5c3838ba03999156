using Glossary.Text;

namespace Glossary.Bilingual;

/// <summary>
/// One unit of a bilingual file: a TMX <c>tu</c>, an XLIFF segment, a PO entry (one per plural form) or a line of
/// aligned text, with the text of each language it holds, the source language first. A unit that was never
/// translated holds its source alone.
/// </summary>
public sealed class TranslationUnit
{
    internal TranslationUnit(string id, int line, IReadOnlyList<UnitText> texts, IReadOnlyList<string> notes, string? state)
    {
        Id = id;
        Line = line;
        Texts = texts.ToList().AsReadOnly();
        Notes = notes.ToList().AsReadOnly();
        State = state;
    }

    /// <summary>
    /// The unit's id as the file gives it (TMX <c>tuid</c>, XLIFF <c>unit/@id</c> with the segment's id after '#', a
    /// PO entry's context and message), or its number in the file when it has none.
    /// </summary>
    public string Id { get; }

    /// <summary>The 1-based line where the unit starts in the file.</summary>
    public int Line { get; }

    /// <summary>The unit's texts, the source language first; one text for a unit not translated.</summary>
    public IReadOnlyList<UnitText> Texts { get; }

    /// <summary>Notes and properties the file keeps with the unit (TMX <c>note</c> and <c>prop</c>, XLIFF notes, PO comments).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>
    /// What the file says of the translation's state, in its own words (XLIFF <c>state</c>, <c>approved</c>; PO
    /// <c>fuzzy</c>), <c>translate=no</c> for an XLIFF unit marked not for translation (on the unit itself; a group's
    /// mark is not read), or <see langword="null"/>.
    /// </summary>
    public string? State { get; }

    /// <summary>The text in the first language whose primary subtag is Chinese (zh, zho, chi, cmn), or <see langword="null"/>.</summary>
    public UnitText? Chinese => Texts.FirstOrDefault(t => LanguageTags.IsChinese(t.Language));

    /// <summary>The text of <paramref name="language"/> (compared without case), or <see langword="null"/>.</summary>
    public UnitText? TextOf(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Texts.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));
    }
}
