using Glossary.Checking;
using Glossary.Cli.Views;
using Glossary.Querying;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>
/// A check's report, grouped by check: each finding with its unit, the source with the term in 【brackets】, the
/// target with what was found, and what the glossary expects; then one summary line.
/// </summary>
internal static class CheckText
{
    private static readonly Dictionary<CheckKind, string> Titles = new()
    {
        [CheckKind.Missing] = "Missing terms",
        [CheckKind.Forbidden] = "Deprecated or forbidden translations",
        [CheckKind.Inconsistent] = "Inconsistent translations",
    };

    public static void Write(IAnsiConsole console, CheckView view)
    {
        foreach (var group in view.Findings.GroupBy(f => f.Finding.Check).OrderBy(g => g.Key))
        {
            var severity = view.Severities[group.Key] == Severity.Error ? "[red]error[/]" : "[yellow]warning[/]";
            console.Line($"[bold]{Titles[group.Key]}[/] ({group.Count()}, {severity})");
            foreach (var (finding, _) in group)
            {
                WriteFinding(console, finding);
            }

            console.WriteLine();
        }

        console.Line(Summary(view));
    }

    private static void WriteFinding(IAnsiConsole console, CheckFinding f)
    {
        var where = f.File is null ? f.Unit : $"{f.File} {f.Unit}";
        var expected = string.Join(", ", f.Expected);
        var what = f.Check switch
        {
            CheckKind.Missing => $"{f.Term} → expected {expected}",
            CheckKind.Forbidden => $"{f.Term} → {f.Found} is {f.Detail}; use {expected}",
            _ => $"{f.Term} rendered {f.Variants.Count} ways: " + string.Join("; ", f.Variants.Select(v => $"{v.Text} ({string.Join(", ", v.Units)})")),
        };
        console.Line($"  [dim]{Markup.Escape(where)}[/]  {Markup.Escape(what)}");
        Line(console, "source", f.SourceText, f.SourceHighlights);
        Line(console, "target", f.TargetText, f.TargetHighlights);
        if (f.Check == CheckKind.Missing && f.Detail is { } detail)
        {
            console.Line($"    [dim]not counted: {Markup.Escape(detail)}[/]");
        }
    }

    private static void Line(IAnsiConsole console, string label, string text, IReadOnlyList<Highlight> highlights)
    {
        var first = true;
        foreach (var line in Wrapper.Lines(Pieces(text, highlights), console.Profile.Width - 12))
        {
            console.FittedLine($"    [dim]{(first ? label : new string(' ', label.Length))}[/]  {line}");
            first = false;
        }
    }

    private static IEnumerable<(string, string?)> Pieces(string text, IReadOnlyList<Highlight> highlights)
    {
        var at = 0;
        foreach (var h in highlights)
        {
            yield return (text[at..h.Offset], null);
            yield return ($"【{text.AsSpan(h.Offset, h.Length)}】", "bold yellow");
            at = h.Offset + h.Length;
        }

        yield return (text[at..], null);
    }

    private static string Summary(CheckView view)
    {
        var counts = string.Join(", ", view.Checks.Select(c => $"{view.Findings.Count(f => f.Finding.Check == c)} {c.ToString().ToLowerInvariant()}"));
        var skipped = view.Skipped.Count == 0 ? string.Empty
            : " (skipped: " + string.Join(", ", view.Skipped.OrderBy(s => s.Key).Select(s => $"{s.Value} {StateName(s.Key)}")) + ")";
        var suppressed = view.Suppressed > 0 ? $"; {view.Suppressed} suppressed" : string.Empty;
        var style = view.Fails ? "red" : view.Findings.Count > 0 ? "yellow" : "green";
        return $"[{style}]{Numbers.Count(view.Findings.Count, "finding", "findings")}[/] ({counts}{suppressed}) in " +
            $"{Numbers.Count(view.Checked, "unit", "units")} checked of {Numbers.Format(view.Units)}{Markup.Escape(skipped)}, " +
            Numbers.Count(view.Files.Count, "file", "files");
    }

    public static string StateName(UnitState state) => state switch
    {
        UnitState.Untranslated => "untranslated",
        UnitState.NeedsReview => "needs review",
        UnitState.NotForTranslation => "not for translation",
        UnitState.OtherLanguages => "other languages",
        _ => "translated",
    };
}
