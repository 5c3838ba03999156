namespace Glossary.Terms;

// The packed glosses and numbered pinyin of a dictionary's entries, kept outside the entries until one is read: a
// dictionary loaded from its prepared form (Formats/PreparedGlossary) then makes no string for the 250,000 texts a
// look-up or an annotation never shows. Thread-safe: reading makes a new string and changes nothing.
internal abstract class PackedTexts
{
    /// <summary>The glosses of entry <paramref name="entry"/> as packed ("gloss/gloss", see <see cref="TermEntry.PackedGlosses"/>).</summary>
    public abstract string Glosses(int entry);

    /// <summary>The numbered pinyin of entry <paramref name="entry"/> ("ka3 bo2 zi5").</summary>
    public abstract string Pinyin(int entry);
}
