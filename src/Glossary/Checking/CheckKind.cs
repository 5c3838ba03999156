namespace Glossary.Checking;

/// <summary>The checks a <see cref="TerminologyChecker"/> runs, each a kind of <see cref="CheckFinding"/>.</summary>
public enum CheckKind
{
    /// <summary>A glossary term occurs in the source and none of its approved translations occurs in the target.</summary>
    Missing,

    /// <summary>A translation the glossary marks deprecated or forbidden occurs in the target.</summary>
    Forbidden,

    /// <summary>One source term is rendered in different approved ways across the units checked (a pass at the end).</summary>
    Inconsistent,
}
