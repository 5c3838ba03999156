using System.ComponentModel;
using Glossary.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;
using Glossary.Querying;

namespace Glossary.Cli.Commands;

public sealed class SearchCommand : AsyncCommand<SearchCommand.Settings>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("Words (any may match), \"quoted phrases\" (must match), or English words matched against the glosses.")]
        public string[] Query { get; set; } = [];

        [CommandOption("-n|--limit <N>")]
        [Description("The most passages to show.")]
        [DefaultValue(10)]
        public int Limit { get; set; } = 10;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var environment = (CliEnvironment)context.Data!;
        var query = string.Join(' ', settings.Query);
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        using var index = await corpus.OpenIndexAsync(settings, cancellationToken);
        var hits = index.Search(query, settings.Limit);

        if (settings.Json)
        {
            Json.Write(environment.Output, new Json.SearchJson(query, hits.Select(h => new Json.HitJson(
                h.Document, h.Passage, h.Offset, h.Length, Math.Round(h.Score, 4), h.Text,
                h.Highlights.Select(r => new Json.RangeJson(r.Offset, r.Length)).ToList(),
                h.Terms.DistinctBy(t => t.Entry).Select(t => new Json.TermGlossJson(t.Entry.Term, t.Entry.Glosses)).ToList())).ToList()));
            return GlossaryApp.Ok;
        }

        var console = environment.Console;
        console.MarkupLine($"[bold]{hits.Count}[/] passage(s) for [bold]{Markup.Escape(query)}[/]");
        var rank = 0;
        foreach (var hit in hits)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{++rank}.[/] [dim]{Markup.Escape(Path.GetFileName(hit.Document))} #{hit.Passage} @{hit.Offset}  score {hit.Score:F2}[/]");
            foreach (var line in Wrapper.Lines(Pieces(hit), console.Profile.Width - 1))
            {
                console.MarkupLine(line);
            }
            foreach (var term in hit.Terms.DistinctBy(t => t.Entry))
            {
                console.MarkupLine($"   [yellow]{Markup.Escape(term.Entry.Term)}[/] {EntryView.Glosses(term.Entry)}");
            }
        }

        return GlossaryApp.Ok;
    }

    // Highlights are document offsets; without colour they still show, as 【brackets】.
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
