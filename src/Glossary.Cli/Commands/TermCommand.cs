using System.ComponentModel;
using Glossary.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;
using Glossary.Querying;

namespace Glossary.Cli.Commands;

public sealed class TermCommand : AsyncCommand<TermCommand.Settings>
{
    // A dictionary matches common English words in hundreds of glosses; the best few are what a reader wants.
    private const int MaxDictionaryEntries = 10;

    public sealed class Settings : CorpusSettings
    {
        [CommandArgument(0, "<TEXT>")]
        [Description("A Chinese term or any string (up to 64 characters), or English words to match against the glosses.")]
        public string Text { get; set; } = string.Empty;

        [CommandOption("-c|--context <CHARS>")]
        [Description("Characters of context each side, 0 to 64.")]
        [DefaultValue(30)]
        public int Context { get; set; } = 30;

        [CommandOption("-n|--limit <N>")]
        [Description("Show at most N occurrences (the count stays complete).")]
        public int? Limit { get; set; }

        [CommandOption("--sort <ORDER>")]
        [Description("position (default), left (by the words before the match, nearest first) or right (by the words after it).")]
        [DefaultValue(ConcordanceSort.Position)]
        public ConcordanceSort Sort { get; set; } = ConcordanceSort.Position;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var environment = (CliEnvironment)context.Data!;
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        using var index = await corpus.OpenIndexAsync(settings, cancellationToken);
        var options = LookupOptions.Default with { ContextLength = settings.Context };

        // Words that match glosses (and are not themselves a surface form) list every entry they translate, the
        // glossary's first and the dictionary's only when the glossary has none; Chinese text never matches an
        // English gloss, so it falls through to a plain look-up, with every entry of that form (a dictionary may
        // hold several readings).
        var dictionary = await corpus.Dictionary;
        var entries = (await corpus.LayeredAsync()).FindAll(settings.Text).ToList();
        var byGloss = entries.Count > 0 ? [] : corpus.Glossary.FindByGloss(settings.Text);
        if (entries.Count == 0 && byGloss.Count == 0 && dictionary is not null)
        {
            byGloss = dictionary.FindByGloss(settings.Text).Take(MaxDictionaryEntries).ToList();
        }

        var reports = byGloss.Count > 0
            ? byGloss.Select(e => index.Lookup(e.Term, options)).ToList()
            : [index.Lookup(settings.Text, options)];
        if (byGloss.Count > 0)
        {
            entries = [.. byGloss];
        }

        var occurrences = Concordance.Sort(reports.SelectMany(r => r.Occurrences), settings.Sort).ToList();
        var shown = settings.Limit is { } limit ? occurrences.Take(limit).ToList() : occurrences;
        var count = reports.Sum(r => r.Count);

        if (settings.Json)
        {
            Json.Write(environment.Output, new Json.TermJson(
                settings.Text,
                count,
                Json.Entry(entries.FirstOrDefault()),
                entries.Select(e => Json.Entry(e)!).ToList(),
                shown.Select(o => new Json.OccurrenceJson(o.Document, o.Offset, o.Length, o.Match, o.Left, o.Right, o.SpunFormOf)).ToList()));
            return GlossaryApp.Ok;
        }

        var console = environment.Console;
        if (entries.Count == 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(settings.Text)}[/] [dim]is not in the glossary.[/]");
        }

        foreach (var entry in entries)
        {
            EntryView.Write(console, entry);
        }

        console.WriteLine();
        console.MarkupLine(count == 1 ? "[bold]1[/] occurrence" : $"[bold]{count}[/] occurrences" + (shown.Count < count ? $" (showing {shown.Count})" : string.Empty));
        if (shown.Count > 0)
        {
            Concordance.Write(console, shown, settings.Context);
        }

        // Say how spun forms were found: the reader sees 手艺 where they asked for 技术.
        foreach (var group in occurrences.Where(o => o.SpunFormOf is not null).GroupBy(o => (o.Match, o.SpunFormOf)))
        {
            console.MarkupLine($"[magenta]{Markup.Escape(group.Key.Match)}[/] [dim]×{group.Count()}: a spinner's form of[/] {Markup.Escape(group.Key.SpunFormOf!)} [dim]in document(s) judged spun (伪原创)[/]");
        }

        return GlossaryApp.Ok;
    }
}
