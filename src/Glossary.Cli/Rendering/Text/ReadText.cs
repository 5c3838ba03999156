using Glossary.Cli.Views;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>What `read` says once the page is written: where, how large, and what it marks.</summary>
internal static class ReadText
{
    public static void Write(IAnsiConsole console, ReadView view)
    {
        var reading = view.Reading;
        var parts = new List<string>
        {
            Numbers.Count(reading.Terms.Count, "term occurrence", "term occurrences") + $" ({Numbers.Count(reading.Frequencies.Count, "entry", "entries")})",
        };
        if (reading.Words.Count > 0)
        {
            parts.Add(Numbers.Count(reading.Words.Count, "dictionary word", "dictionary words"));
        }

        if (reading.Spin is { Substitutions.Count: > 0 } spin)
        {
            parts.Add(Numbers.Count(spin.Substitutions.Count, "substitution", "substitutions") + $" (judged {spin.Verdict.ToString().ToLowerInvariant()})");
        }

        if (reading.Units.Count > 0)
        {
            parts.Add(Numbers.Count(reading.Units.Count, "unit", "units"));
        }

        console.Profile.Out.Writer.WriteLine($"wrote {view.Output} ({Numbers.Count((int)Math.Ceiling(view.Bytes / 1024.0), "KB", "KB")}): {string.Join(", ", parts)}");
    }
}
