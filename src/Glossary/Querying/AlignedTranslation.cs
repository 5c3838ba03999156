namespace Glossary.Querying;

/// <summary>
/// The other-language side of the unit an occurrence is in (a bilingual document's unit): the text in one language,
/// the unit's id, and where the likely rendering of the looked-up term is in it.
/// </summary>
public sealed class AlignedTranslation
{
    internal AlignedTranslation(string language, string text, string unit, IReadOnlyList<Highlight> highlights)
    {
        Language = language;
        Text = text;
        Unit = unit;
        Highlights = highlights.ToList().AsReadOnly();
    }

    /// <summary>The language tag of <see cref="Text"/>, as the file writes it.</summary>
    public string Language { get; }

    /// <summary>The unit's text in that language, as extracted.</summary>
    public string Text { get; }

    /// <summary>The unit's id in its file.</summary>
    public string Unit { get; }

    /// <summary>Where the term's likely rendering is, as ranges of <see cref="Text"/> (UTF-16 code units); empty when none is found.</summary>
    public IReadOnlyList<Highlight> Highlights { get; }
}
