namespace Glossary.Checking;

/// <summary>
/// Which checks a <see cref="TerminologyChecker"/> runs and which units it looks at. Immutable; change a copy with
/// <c>options with { IncludeNeedsReview = true }</c>.
/// </summary>
public sealed record CheckOptions
{
    /// <summary>The options used when none are given: every check, translated units only.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>The checks to run. Default: all three.</summary>
    public IReadOnlyCollection<CheckKind> Checks { get; init; } = [CheckKind.Missing, CheckKind.Forbidden, CheckKind.Inconsistent];

    /// <summary>Check units without a target too (every term in them is then missing). Default: <see langword="false"/>.</summary>
    public bool IncludeUntranslated { get; init; }

    /// <summary>Check units marked as not for translation. Default: <see langword="false"/>.</summary>
    public bool IncludeNotForTranslation { get; init; }

    /// <summary>Check fuzzy units and units awaiting review. Default: <see langword="false"/>.</summary>
    public bool IncludeNeedsReview { get; init; }

    internal bool Includes(UnitState state) => state switch
    {
        UnitState.Translated => true,
        UnitState.Untranslated => IncludeUntranslated,
        UnitState.NotForTranslation => IncludeNotForTranslation,
        UnitState.NeedsReview => IncludeNeedsReview,
        _ => false,
    };
}
