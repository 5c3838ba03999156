using System.ComponentModel;
using Glossary.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;
using Glossary.Querying;

namespace Glossary.Cli.Commands;

public sealed class TermsCommand : AsyncCommand<TermsCommand.Settings>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandOption("-n|--limit <N>")]
        [Description("Show only the N most frequent entries.")]
        public int? Limit { get; set; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var environment = (CliEnvironment)context.Data!;
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        using var index = await corpus.OpenIndexAsync(settings, cancellationToken);
        var counts = index.Terms.Entries
            .Select(e => (Entry: e, index.Lookup(e.Term, LookupOptions.Default with { Limit = 0 }).Count))
            .OrderByDescending(c => c.Count)
            .ToList(); // a stable sort: ties keep glossary order
        var shown = settings.Limit is { } limit ? counts.Take(limit).ToList() : counts;

        if (settings.Json)
        {
            Json.Write(environment.Output, new Json.TermsJson(counts.Count, shown.Select(c =>
                new Json.FrequencyJson(c.Entry.Term, c.Entry.Variants, c.Entry.Pinyin, c.Entry.Glosses, c.Count)).ToList()));
            return GlossaryApp.Ok;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("count").RightAligned())
            .AddColumn("term")
            .AddColumn("pinyin")
            .AddColumn("gloss");
        foreach (var (entry, count) in shown)
        {
            table.AddRow(
                count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"[yellow]{Markup.Escape(entry.Term)}[/]",
                Markup.Escape(entry.Pinyin ?? string.Empty),
                EntryView.Glosses(entry));
        }

        environment.Console.Write(table);
        environment.Console.MarkupLine($"[dim]{shown.Count} of {counts.Count} entries; {counts.Count(c => c.Count == 0)} do not occur.[/]");
        return GlossaryApp.Ok;
    }
}
