using System.ComponentModel;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Settings;
using Glossary.Cli.Views;
using Glossary.Errors;
using Glossary.Querying;
using Glossary.Terms;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

internal sealed class TermCommand : ViewCommand<TermCommand.Settings, TermView>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandArgument(0, "<TEXT>")]
        [Description("A Chinese term or any string (up to 64 characters), or English words to match against the glosses. A text starting with - goes after -- (glossary term -- --force).")]
        public string Text { get; set; } = string.Empty;

        [CommandOption("-c|--context <CHARS>")]
        [Description("Characters of context each side, 0 to 64.")]
        [DefaultValue("30")]
        public string ContextText { get; set; } = "30";

        [CommandOption("--sort <ORDER>")]
        [Description("position, left (by the words before the match, nearest first) or right (by the words after it).")]
        [DefaultValue("position")]
        public string SortText { get; set; } = "position";

        public int Context { get; private set; }

        public ConcordanceSort Sort { get; private set; }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (Text.Length > MaxLength)
            {
                // Like a search longer than it takes, bad input (exit 1) rather than a bad option.
                throw new GlossaryException($"A look-up takes at most {MaxLength} characters; this one has {Text.Length}. For longer text, use: glossary search \"…\"");
            }

            Context = OptionValues.Whole(ContextText, "--context", 0, MaxLength) ?? 30;
            Sort = OptionValues.Choice(SortText, "--sort", ConcordanceOrder.Names) ?? ConcordanceSort.Position;
            return result;
        }
    }

    // What CorpusIndex.Lookup accepts: a term and its context are each at most 64 characters.
    private const int MaxLength = 64;

    protected override async Task<TermView> BuildAsync(Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        using var index = await corpus.OpenIndexAsync(settings, cancellationToken);
        var options = LookupOptions.Default with { ContextLength = settings.Context };

        // The library decides what the text names (a surface form, or English words); English words are looked up
        // through each entry they translate.
        var match = (await corpus.LayeredAsync()).Match(settings.Text);
        var reports = match.Kind == TermMatchKind.Gloss
            ? match.Entries.Select(e => index.Lookup(e.Term, options)).ToList()
            : [index.Lookup(settings.Text, options)];

        // How the term was translated in bilingual documents: English words also get their Chinese renderings.
        var renderings = match.Kind == TermMatchKind.Gloss
            ? index.Lookup(settings.Text, options with { Limit = 0 }).Renderings
            : reports[0].Renderings;
        var occurrences = ConcordanceOrder.Sort(reports.SelectMany(r => r.Occurrences), settings.Sort).ToList();
        var spun = occurrences.Where(o => o.SpunFormOf is not null)
            .GroupBy(o => (o.Match, o.SpunFormOf))
            .Select(g => new SpunForm(g.Key.Match, g.Key.SpunFormOf!, g.Count()))
            .ToList();
        return new TermView(
            settings.Text,
            match,
            reports.Sum(r => r.Count),
            settings.Limit is { } limit ? occurrences.Take(limit).ToList() : occurrences,
            spun,
            settings.Context,
            renderings);
    }

    protected override object ToJson(TermView view) => JsonShapes.Term(view);

    protected override void WriteText(IAnsiConsole console, TermView view) => TermText.Write(console, view);
}
