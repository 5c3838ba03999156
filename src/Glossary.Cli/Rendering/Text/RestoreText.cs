using System.Globalization;
using Glossary.Cli.Views;
using Glossary.Spin;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>The restored reading, each replacement highlighted (inversions in red), after a line saying what was done.</summary>
internal static class RestoreText
{
    public static void Write(IAnsiConsole console, RestoreView view)
    {
        var (report, restored) = (view.Report, view.Restored);
        var inversions = restored.Replacements.Count(r => r.Substitution.Kind == SpinKind.Inversion);
        var possible = report.Substitutions.Count(s => !s.Restored);
        console.Line(report.Verdict switch
        {
            SpinVerdict.Spun => $"[bold]Restored reading[/] of a spun text ({report.Score.ToString("0.##", CultureInfo.InvariantCulture)} indicators of a spinner per 1,000 characters): " +
                $"{Numbers.Count(restored.Replacements.Count, "replacement", "replacements")} in [green]green[/], {Numbers.Format(inversions)} of them [bold red]reversing[/] the meaning as written; " +
                $"{Numbers.Count(possible, "possible one", "possible ones")} left as written.",
            _ => $"The text reads as {report.Verdict.ToString().ToLowerInvariant()}: only spinner fingerprints are restored ({Numbers.Format(restored.Replacements.Count)}).",
        });
        console.WriteLine();

        var pieces = new List<(string, string?)>();
        var at = 0;
        foreach (var replacement in restored.Replacements)
        {
            pieces.Add((restored.Text[at..replacement.Offset], null));
            pieces.Add((restored.Text.Substring(replacement.Offset, replacement.Length),
                replacement.Substitution.Kind == SpinKind.Inversion ? "bold red" : "bold green"));
            at = replacement.Offset + replacement.Length;
        }

        pieces.Add((restored.Text[at..], null));
        foreach (var line in Lines(pieces))
        {
            foreach (var wrapped in Wrapper.Lines(line, console.Profile.Width - 1))
            {
                console.FittedLine(wrapped);
            }
        }
    }

    // Pieces cut at line breaks, one list per line, for the wrapper (which fills one paragraph at a time).
    private static IEnumerable<List<(string, string?)>> Lines(List<(string Text, string? Style)> pieces)
    {
        var line = new List<(string, string?)>();
        foreach (var (text, style) in pieces)
        {
            var parts = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    yield return line;
                    line = [];
                }

                line.Add((parts[i], style));
            }
        }

        yield return line;
    }
}
