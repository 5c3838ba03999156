using System.ComponentModel;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Settings;
using Glossary.Cli.Views;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

internal sealed class SearchCommand : ViewCommand<SearchCommand.Settings, SearchView>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("Words (any may match), \"quoted phrases\" (must match), or English words matched against the glosses.")]
        public string[] Query { get; set; } = [];
    }

    private const int DefaultLimit = 10;

    protected override async Task<SearchView> BuildAsync(Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var query = string.Join(' ', settings.Query);
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        using var index = await corpus.OpenIndexAsync(settings, cancellationToken);
        return new SearchView(query, index.Search(query, settings.Limit ?? DefaultLimit));
    }

    protected override object ToJson(SearchView view) => JsonShapes.Search(view);

    protected override void WriteText(IAnsiConsole console, SearchView view) => SearchText.Write(console, view);
}
