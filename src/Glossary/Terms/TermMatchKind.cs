namespace Glossary.Terms;

/// <summary>How <see cref="TermBase.Match"/> found the entries of a text.</summary>
public enum TermMatchKind
{
    /// <summary>No entry has the text as a surface form, and no gloss contains it.</summary>
    None = 0,

    /// <summary>The text is a surface form (headword or variant) of the entries: look the text itself up.</summary>
    SurfaceForm,

    /// <summary>The text is English words found in the entries' glosses: look up each entry's term.</summary>
    Gloss,
}
