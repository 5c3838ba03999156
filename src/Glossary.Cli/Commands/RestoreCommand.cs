using System.ComponentModel;
using Glossary.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;
using Glossary.Spin;

namespace Glossary.Cli.Commands;

// The restored reading of a spun text: every substitution undone in one pass, each replacement highlighted. The
// text as written stays the reference; --json gives each replacement's offsets in both texts.
public sealed class RestoreCommand : AsyncCommand<RestoreCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A text file (UTF-8, UTF-16, GB18030/GBK or Big5, detected), or - for standard input. Default: the bundled article.")]
        public string? File { get; set; }

        [CommandOption("--encoding <NAME>")]
        [Description("Read the file in this encoding instead of detecting it: utf-8, utf-16, gb18030, gbk, big5.")]
        public string? Encoding { get; set; }

        [CommandOption("--spin-pairs <FILE>")]
        [Description("Your own spinner substitutions (tab-separated: spun, original, kind, confidence, …), used before the bundled table.")]
        public string? SpinPairs { get; set; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var environment = (CliEnvironment)context.Data!;
        var text = await TextFiles.ReadDocumentAsync(settings.File, settings.Encoding, environment, cancellationToken);
        var report = SpinText.Table(settings.SpinPairs, environment).Analyze(text);
        var restored = report.Restore();

        if (settings.Json)
        {
            Json.Write(environment.Output, new Json.RestoreJson(
                report.Verdict.ToString().ToLowerInvariant(),
                report.Score,
                restored.Text,
                restored.Replacements.Select(r => new Json.ReplacementJson(r.Offset, r.Length, r.Substitution.Offset, r.Substitution.Length,
                    r.Substitution.Spun, r.Substitution.Original, SpinText.Kind(r.Substitution.Kind))).ToList()));
            return GlossaryApp.Ok;
        }

        var console = environment.Console;
        var inversions = restored.Replacements.Count(r => r.Substitution.Kind == SpinKind.Inversion);
        console.MarkupLine(report.Verdict switch
        {
            SpinVerdict.Spun => $"[bold]Restored reading[/] of a spun text ({report.Score:0.##} fingerprints per 1,000 characters): " +
                $"{restored.Replacements.Count} replacement(s) in [green]green[/], {inversions} of them [bold red]reversing[/] the meaning as written; " +
                $"{report.Substitutions.Count(s => !s.Restored)} possible one(s) left as written.",
            _ => $"The text reads as {report.Verdict.ToString().ToLowerInvariant()}: only spinner fingerprints are restored ({restored.Replacements.Count}).",
        });
        console.WriteLine();

        var pieces = new List<(string, string?)>();
        var at = 0;
        foreach (var replacement in restored.Replacements)
        {
            pieces.Add((restored.Text[at..replacement.Offset], null));
            pieces.Add((restored.Text.Substring(replacement.Offset, replacement.Length),
                replacement.Substitution.Kind == SpinKind.Inversion ? "bold red" : "bold green"));
            at = replacement.Offset + replacement.Length;
        }

        pieces.Add((restored.Text[at..], null));
        foreach (var line in Lines(pieces))
        {
            foreach (var wrapped in Wrapper.Lines(line, console.Profile.Width - 1))
            {
                console.MarkupLine(wrapped);
            }
        }

        return GlossaryApp.Ok;
    }

    // Pieces cut at line breaks, one list per line, for the wrapper (which fills one paragraph at a time).
    private static IEnumerable<List<(string, string?)>> Lines(List<(string Text, string? Style)> pieces)
    {
        var line = new List<(string, string?)>();
        foreach (var (text, style) in pieces)
        {
            var parts = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    yield return line;
                    line = [];
                }

                line.Add((parts[i], style));
            }
        }

        yield return line;
    }
}
