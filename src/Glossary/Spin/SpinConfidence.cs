namespace Glossary.Spin;

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
