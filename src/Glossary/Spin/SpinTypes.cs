namespace Glossary;

/// <summary>Whether a text reads as spun (伪原创): the verdict of <see cref="SpinTable.Analyze"/>.</summary>
public enum SpinVerdict
{
    /// <summary>No fingerprint of a spinner, or too few for the text's length.</summary>
    Clean = 0,

    /// <summary>Some fingerprints, but too few (fewer than three, or of one form only) or too sparse to say.</summary>
    Unsure = 1,

    /// <summary>Fingerprints at the density of spun text: substitutions are explained and restored.</summary>
    Spun = 2,
}

/// <summary>What kind of substitution a spinner made.</summary>
public enum SpinKind
{
    /// <summary>The spun form is a real word with the opposite meaning (劣势 'disadvantage' for 优势 'advantage').</summary>
    Inversion,

    /// <summary>The spinner matched across a word boundary (当中+国 read as 当中国 → 傍边国).</summary>
    Boundary,

    /// <summary>The spun form is not a word of current Chinese (可以或许 for 能够).</summary>
    NonWord,

    /// <summary>The spun form is a real word with another meaning (手艺 'craftsmanship' for 技术 'technology').</summary>
    RealWord,

    /// <summary>The spun form is a near-synonym (许诺 for 承诺).</summary>
    NearSynonym,
}

/// <summary>How sure the table is of a pair.</summary>
public enum SpinConfidence
{
    /// <summary>Seen against the original text.</summary>
    Verified,

    /// <summary>Certain from sense and regularity.</summary>
    High,

    /// <summary>Plausible: marked as possibly spun, never restored.</summary>
    Medium,
}

/// <summary>
/// One place where the text as written seems to be a spinner's substitution, with the probable original.
/// </summary>
/// <param name="Offset">Start in the text as written, in UTF-16 code units: <c>text.Substring(Offset, Length) == Spun</c>.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Spun">The form as written (手艺).</param>
/// <param name="Original">The probable original (技术); alternatives are separated by '/'.</param>
/// <param name="Kind">What kind of substitution it is; <see cref="SpinKind.Inversion"/> means the surface meaning is the opposite.</param>
/// <param name="Confidence">How sure the table is of the pair.</param>
/// <param name="Restored">
/// Whether the restored reading replaces it. <see langword="false"/> means "possibly spun": the form may be a real
/// word here (a medium-confidence pair, or a context where the table knows the form is often genuine).
/// </param>
/// <param name="Note">The table's note on the pair (its meaning, why it is a substitution).</param>
public sealed record SpinSubstitution(int Offset, int Length, string Spun, string Original, SpinKind Kind, SpinConfidence Confidence, bool Restored, string Note)
{
    /// <summary>An English gloss of the original, when <see cref="SpinTable.Analyze"/> was given a glossary that has it.</summary>
    public string? Gloss { get; init; }
}

/// <summary>A place where a word seems to have been deleted (a dangling 更的是, two enumeration commas in a row).</summary>
/// <param name="Offset">Where the word seems missing, in UTF-16 code units into the text as written.</param>
/// <param name="Note">What seems to be missing, in English.</param>
public sealed record SpinGap(int Offset, string Note);

/// <summary>A fingerprint of a spinner and how often the text holds it.</summary>
/// <param name="Form">The fingerprint as written (可以或许).</param>
/// <param name="Count">Its occurrences in the text.</param>
public sealed record SpinEvidence(string Form, int Count);
