using Glossary.Cli.Views;
using Glossary.Querying;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>Ranked passages, each with its matches in 【brackets】 (visible without colour) and the glossary terms inside.</summary>
internal static class SearchText
{
    public static void Write(IAnsiConsole console, SearchView view)
    {
        var hits = view.Hits;
        var of = hits.Total > hits.Count ? $"{Numbers.Format(hits.Count)} of " : string.Empty;
        console.Line($"[bold]{of}{Numbers.Count(hits.Total, "passage", "passages")}[/] for [bold]{Markup.Escape(view.Query)}[/]");
        var rank = 0;
        foreach (var hit in hits)
        {
            console.WriteLine();
            console.Line($"[bold]{++rank}.[/] [dim]{Markup.Escape(Path.GetFileName(hit.Document))} #{hit.Passage} @{hit.Offset}  score {hit.Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}[/]");
            foreach (var line in Wrapper.Lines(Pieces(hit), console.Profile.Width - 1))
            {
                console.FittedLine(line);
            }

            if (hit.Translation is { } translation)
            {
                foreach (var line in Wrapper.Lines(Aligned.Pieces(translation), console.Profile.Width - 4))
                {
                    console.FittedLine($"[dim]↳[/] {line}");
                }
            }

            foreach (var term in hit.Terms.DistinctBy(t => t.Entry))
            {
                console.Line($"   [yellow]{Markup.Escape(term.Entry.Term)}[/] {EntryText.Glosses(term.Entry)}");
            }
        }
    }

    // Highlights are document offsets.
    private static IEnumerable<(string, string?)> Pieces(PassageHit hit)
    {
        var at = hit.Offset;
        foreach (var h in hit.Highlights)
        {
            yield return (hit.Text[(at - hit.Offset)..(h.Offset - hit.Offset)], null);
            yield return ($"【{hit.Text.AsSpan(h.Offset - hit.Offset, h.Length)}】", "bold yellow");
            at = h.Offset + h.Length;
        }

        yield return (hit.Text[(at - hit.Offset)..], null);
    }
}
