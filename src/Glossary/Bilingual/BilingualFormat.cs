namespace Glossary.Bilingual;

/// <summary>A bilingual file format. <see cref="Auto"/> picks one by extension, then by content.</summary>
public enum BilingualFormat
{
    /// <summary>Chosen by extension (<c>.tmx .xlf .xliff .sdlxliff .mqxliff .po .pot .tsv .txt</c>), else by content.</summary>
    Auto = 0,

    /// <summary>TMX 1.1 to 1.4b, a translation memory.</summary>
    Tmx,

    /// <summary>XLIFF 1.2, 2.0 or 2.1, the files CAT tools exchange.</summary>
    Xliff,

    /// <summary>gettext PO or POT.</summary>
    Po,

    /// <summary>Tab-separated aligned text: one unit per line, source then target.</summary>
    AlignedText,
}
