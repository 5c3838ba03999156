using System.ComponentModel;
using Glossary.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

// Numbered notes under each paragraph read better than glosses inline: Chinese prose dense with terms stays
// readable, and a term repeated in a paragraph keeps its number.
public sealed class AnnotateCommand : AsyncCommand<AnnotateCommand.Settings>
{
    // Dictionary entries carry up to thirty senses; a note shows what fits in about a line, `glossary term` shows all.
    private const int NoteLength = 60;

    public sealed class Settings : CorpusSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A text file (UTF-8, UTF-16, GB18030/GBK or Big5, detected), or - for standard input. Default: the bundled article.")]
        public string? File { get; set; }

        [CommandOption("--encoding <NAME>")]
        [Description("Read the file in this encoding instead of detecting it: utf-8, utf-16, gb18030, gbk, big5.")]
        public string? Encoding { get; set; }
    }

    private static async Task<string> ReadAsync(string path, Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var decoded = await TextFiles.ReadAsync(path, TextFiles.Encoding(settings.Encoding), cancellationToken);
        if (decoded.Encoding.CodePage != System.Text.Encoding.UTF8.CodePage)
        {
            environment.Error.WriteLine($"glossary: note: {path} read as {decoded.Encoding.WebName}");
        }

        return decoded.Text;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var environment = (CliEnvironment)context.Data!;
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        var terms = await corpus.LayeredAsync();
        var layered = await corpus.Dictionary is not null || settings.Glossaries.Length > 1;
        var text = settings.File switch
        {
            null => SampleCorpus.Article,
            GlossaryApp.StandardInput => await environment.Input.ReadToEndAsync(cancellationToken),
            var path => await ReadAsync(path, settings, environment, cancellationToken),
        };
        var spans = terms.Annotate(text);

        if (settings.Json)
        {
            Json.Write(environment.Output, new Json.AnnotateJson(
                spans.Select(s => new Json.SpanJson(s.Offset, s.Length, s.Text, s.Entry.Term, Json.FormStatus(s), s.Entry.Pinyin, s.Entry.Glosses, s.Entry.Source)).ToList()));
            return GlossaryApp.Ok;
        }

        var console = environment.Console;
        var next = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text[lineStart..lineEnd].TrimEnd('\r');
            var numbers = new Dictionary<TermEntry, int>();
            var pieces = new List<(string, string?)>();
            var at = lineStart;
            for (; next < spans.Count && spans[next].Offset < lineStart + line.Length; next++)
            {
                var span = spans[next];
                if (!numbers.TryGetValue(span.Entry, out var number))
                {
                    numbers[span.Entry] = number = numbers.Count + 1;
                }

                pieces.Add((text[at..span.Offset], null));
                pieces.Add((span.Text, EntryView.MatchedForm(span)?.IsDiscouraged == true ? "bold red strikethrough" : "bold yellow"));
                pieces.Add(($"[{number}]", "dim"));
                at = span.Offset + span.Length;
            }

            pieces.Add((text[at..(lineStart + line.Length)], null));
            foreach (var wrapped in Wrapper.Lines(pieces, console.Profile.Width - 1))
            {
                console.MarkupLine(wrapped);
            }
            foreach (var (entry, number) in numbers)
            {
                var pinyin = entry.Pinyin is null ? string.Empty : $" {entry.Pinyin}";
                var source = layered && entry.Source is { } name ? $" [dim]({Markup.Escape(name)})[/]" : string.Empty;
                console.MarkupLine($"   [dim]{number}.[/] [yellow]{Markup.Escape(entry.Term)}[/]{Markup.Escape(pinyin)} {EntryView.Glosses(entry, NoteLength)}{source}");
            }

            if (numbers.Count > 0)
            {
                console.WriteLine();
            }

            lineStart = lineEnd + 1;
        }

        return GlossaryApp.Ok;
    }
}
