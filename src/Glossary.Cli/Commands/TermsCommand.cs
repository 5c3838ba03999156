using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Views;
using Glossary.Cli.Settings;
using Glossary.Querying;
using Spectre.Console;

namespace Glossary.Cli.Commands;

internal sealed class TermsCommand : ViewCommand<CorpusSettings, TermsView>
{
    protected override async Task<TermsView> BuildAsync(CorpusSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        using var index = await corpus.OpenIndexAsync(settings, cancellationToken);
        var counts = index.Terms.Entries
            .Select(e => new TermFrequency(e, index.Lookup(e.Term, LookupOptions.Default with { Limit = 0 }).Count))
            .OrderByDescending(c => c.Count)
            .ToList(); // a stable sort: ties keep glossary order
        var shown = settings.Limit is { } limit ? counts.Take(limit).ToList() : counts;
        return new TermsView(shown, counts.Count, counts.Count(c => c.Count == 0));
    }

    protected override object ToJson(TermsView view) => JsonShapes.Terms(view);

    protected override void WriteText(IAnsiConsole console, TermsView view) => TermsText.Write(console, view);
}
