using System.ComponentModel;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Settings;
using Glossary.Cli.Views;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

// The restored reading of a spun text: every substitution undone in one pass, each replacement highlighted. The
// text as written stays the reference; --json gives each replacement's offsets in both texts.
internal sealed class RestoreCommand : ViewCommand<RestoreCommand.Settings, RestoreView>
{
    public sealed class Settings : DocumentSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A text file (UTF-8, UTF-16, GB18030/GBK or Big5, detected), or - for standard input. Default: the bundled article.")]
        public string? File { get; set; }
    }

    protected override async Task<RestoreView> BuildAsync(Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var table = SpinText.Table(settings, environment);
        var text = await TextFiles.ReadDocumentAsync(settings.File, settings.TextEncoding, environment, cancellationToken);
        var report = table.Analyze(text);
        return new RestoreView(report, report.Restore());
    }

    protected override object ToJson(RestoreView view) => JsonShapes.Restore(view);

    protected override void WriteText(IAnsiConsole console, RestoreView view) => RestoreText.Write(console, view);
}
