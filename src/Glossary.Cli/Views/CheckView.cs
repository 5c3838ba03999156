using Glossary.Checking;

namespace Glossary.Cli.Views;

/// <summary>Whether a check's findings fail the run (exit code 3) or are only shown.</summary>
internal enum Severity
{
    Error,
    Warning,
}

/// <summary>One finding as the tool reports it: the library's finding and the severity its check was given.</summary>
internal sealed record ReportedFinding(CheckFinding Finding, Severity Severity);

/// <summary>
/// A check done: the files, how many units they hold, how many were checked and why the others were skipped, the
/// findings left after the ignore file, and how many it suppressed.
/// </summary>
internal sealed record CheckView(
    IReadOnlyList<string> Files,
    int Units,
    int Checked,
    IReadOnlyDictionary<UnitState, int> Skipped,
    IReadOnlyList<CheckKind> Checks,
    IReadOnlyDictionary<CheckKind, Severity> Severities,
    IReadOnlyList<ReportedFinding> Findings,
    int Suppressed)
{
    public bool Fails => Findings.Any(f => f.Severity == Severity.Error);
}
