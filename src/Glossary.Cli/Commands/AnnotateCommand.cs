using System.ComponentModel;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Settings;
using Glossary.Cli.Views;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

internal sealed class AnnotateCommand : ViewCommand<AnnotateCommand.Settings, AnnotateView>
{
    public sealed class Settings : GlossaryTextSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A text file (UTF-8, UTF-16, GB18030/GBK or Big5, detected), or - for standard input. Default: the bundled article.")]
        public string? File { get; set; }
    }

    protected override async Task<AnnotateView> BuildAsync(Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        var text = await TextFiles.ReadDocumentAsync(settings.File, settings.TextEncoding, environment, cancellationToken);
        var spin = await SpinText.AnalyzeAsync(corpus, text, cancellationToken);
        var terms = await corpus.LayeredAsync();
        var hasDictionary = await corpus.Dictionary is not null;
        return new AnnotateView(text, terms.Annotate(text), spin, ShowSources: hasDictionary || settings.Glossaries.Length > 1);
    }

    protected override object ToJson(AnnotateView view) => JsonShapes.Annotate(view);

    protected override void WriteText(IAnsiConsole console, AnnotateView view) => AnnotateText.Write(console, view);
}
