using Glossary.Terms;

namespace Glossary.Formats;

// Term status as files spell it: TBX picklists (preferredTerm-admn-sts, usageStatus values), CAT-tool words
// (forbidden) and free text (obsolete, do not use). Checked from the most severe down, so "not allowed" is forbidden
// before "allowed" is admitted.
internal static class StatusNames
{
    private static readonly (string Fragment, TermStatus Status)[] Fragments =
    [
        ("forbid", TermStatus.Forbidden), ("prohibit", TermStatus.Forbidden), ("do not use", TermStatus.Forbidden),
        ("not allowed", TermStatus.Forbidden), ("disallowed", TermStatus.Forbidden), ("not permitted", TermStatus.Forbidden),
        ("banned", TermStatus.Forbidden),
        ("non-preferred", TermStatus.Deprecated), ("nonpreferred", TermStatus.Deprecated), ("not preferred", TermStatus.Deprecated),
        ("not admitted", TermStatus.Deprecated), ("inadmissible", TermStatus.Deprecated), ("not accepted", TermStatus.Deprecated),
        ("deprecat", TermStatus.Deprecated), ("supersed", TermStatus.Deprecated), ("obsolete", TermStatus.Deprecated),
        ("outdated", TermStatus.Deprecated), ("notrecommended", TermStatus.Deprecated), ("not recommended", TermStatus.Deprecated),
        ("preferred", TermStatus.Preferred), ("standardized", TermStatus.Preferred), ("standardised", TermStatus.Preferred),
        ("admitted", TermStatus.Admitted), ("admissible", TermStatus.Admitted), ("permitted", TermStatus.Admitted),
        ("allowed", TermStatus.Admitted), ("accepted", TermStatus.Admitted),
    ];

    /// <summary>The status a value names, or <see langword="null"/> when it names none.</summary>
    public static TermStatus? Parse(string value)
    {
        var text = value.Trim();
        foreach (var (fragment, status) in Fragments)
        {
            if (text.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return null;
    }

    /// <summary>The word this library writes in its own columns (TSV, CSV), or an empty string.</summary>
    public static string Word(TermStatus status) => status switch
    {
        TermStatus.Preferred => "preferred",
        TermStatus.Admitted => "admitted",
        TermStatus.Deprecated => "deprecated",
        TermStatus.Forbidden => "forbidden",
        _ => string.Empty,
    };

    /// <summary>TBX-Basic's <c>administrativeStatus</c> value; TBX-Basic has no forbidden, so it is written as deprecated.</summary>
    public static string? TbxAdministrative(TermStatus status) => status switch
    {
        TermStatus.Preferred => "preferredTerm-admn-sts",
        TermStatus.Admitted => "admittedTerm-admn-sts",
        TermStatus.Deprecated or TermStatus.Forbidden => "deprecatedTerm-admn-sts",
        _ => null,
    };

    public static TermStatus MoreSevere(TermStatus a, TermStatus b) => a >= b ? a : b;
}
