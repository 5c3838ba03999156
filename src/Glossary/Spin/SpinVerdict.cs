namespace Glossary.Spin;

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
