namespace Glossary.Spin;

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
