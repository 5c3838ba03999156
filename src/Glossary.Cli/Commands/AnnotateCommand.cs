using System.ComponentModel;
using Glossary.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Cli.Commands;

// Numbered notes under each paragraph read better than glosses inline: Chinese prose dense with terms stays
// readable, and a term repeated in a paragraph keeps its number.
public sealed class AnnotateCommand : AsyncCommand<AnnotateCommand.Settings>
{
    // Dictionary entries carry up to thirty senses; a note shows what fits in about a line, `glossary term` shows all.
    private const int NoteLength = 60;

    // A spin note already names two forms and a kind: the original's first sense is enough.
    private const int SpinGlossLength = 32;

    public sealed class Settings : CorpusSettings
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
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        var terms = await corpus.LayeredAsync();
        var layered = await corpus.Dictionary is not null || settings.Glossaries.Length > 1;
        var text = await TextFiles.ReadDocumentAsync(settings.File, settings.Encoding, environment, cancellationToken);
        var spans = terms.Annotate(text);
        var spin = await SpinText.AnalyzeAsync(text, settings.SpinPairs, terms, await corpus.Dictionary is not null, environment, cancellationToken);

        if (settings.Json)
        {
            Json.Write(environment.Output, new Json.AnnotateJson(
                spans.Select(s => new Json.SpanJson(s.Offset, s.Length, s.Text, s.Entry.Term, Json.FormStatus(s), s.Entry.Pinyin, s.Entry.Glosses, s.Entry.Source)).ToList(),
                SpinText.ToJson(spin)));
            return GlossaryApp.Ok;
        }

        var console = environment.Console;
        WriteVerdict(console, spin);
        var next = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text[lineStart..lineEnd].TrimEnd('\r');
            var numbers = new Dictionary<TermEntry, int>();
            var lineSpans = new List<TermSpan>();
            for (; next < spans.Count && spans[next].Offset < lineStart + line.Length; next++)
            {
                lineSpans.Add(spans[next]);
            }

            var substitutions = spin.Substitutions.Where(s => s.Offset >= lineStart && s.Offset < lineStart + line.Length).ToList();
            var gaps = spin.Gaps.Where(g => g.Offset >= lineStart && g.Offset <= lineStart + line.Length).ToList();
            foreach (var wrapped in Wrapper.Lines(Pieces(text, lineStart, lineStart + line.Length, lineSpans, substitutions, gaps, numbers), console.Profile.Width - 1))
            {
                console.MarkupLine(wrapped);
            }

            foreach (var (entry, number) in numbers)
            {
                var pinyin = entry.Pinyin is null ? string.Empty : $" {entry.Pinyin}";
                var source = layered && entry.Source is { } name ? $" [dim]({Markup.Escape(name)})[/]" : string.Empty;
                console.MarkupLine($"   [dim]{number}.[/] [yellow]{Markup.Escape(entry.Term)}[/]{Markup.Escape(pinyin)} {EntryView.Glosses(entry, NoteLength)}{source}");
            }

            WriteSpinNotes(console, substitutions, gaps, text);
            if (numbers.Count > 0 || substitutions.Count > 0 || gaps.Count > 0)
            {
                console.WriteLine();
            }

            lineStart = lineEnd + 1;
        }

        return GlossaryApp.Ok;
    }

    // A line as marked-up pieces: glossary terms in yellow with their note number; spun forms that are not also a
    // glossary term underlined (red for an inversion, dim for "possibly"); a caret where a word seems missing.
    private static List<(string, string?)> Pieces(string text, int start, int end, List<TermSpan> spans, List<SpinSubstitution> substitutions,
        List<SpinGap> gaps, Dictionary<TermEntry, int> numbers)
    {
        var marks = spans.Select(s => (s.Offset, s.Length, Mark: (object)s))
            .Concat(substitutions.Where(x => !spans.Any(s => s.Offset < x.Offset + x.Length && x.Offset < s.Offset + s.Length)).Select(x => (x.Offset, x.Length, Mark: (object)x)))
            .Concat(gaps.Select(g => (g.Offset, Length: 0, Mark: (object)g)))
            .OrderBy(m => m.Offset).ThenBy(m => m.Length)
            .ToList();
        var pieces = new List<(string, string?)>();
        var at = start;
        foreach (var (offset, length, mark) in marks)
        {
            if (offset < at)
            {
                continue; // a gap inside a term just drawn (从来不|是‸的): its note under the paragraph says where
            }

            pieces.Add((text[at..offset], null));
            switch (mark)
            {
                case TermSpan span:
                    if (!numbers.TryGetValue(span.Entry, out var number))
                    {
                        numbers[span.Entry] = number = numbers.Count + 1;
                    }

                    pieces.Add((span.Text, EntryView.MatchedForm(span)?.IsDiscouraged == true ? "bold red strikethrough" : "bold yellow"));
                    pieces.Add(($"[{number}]", "dim"));
                    break;
                case SpinSubstitution substitution:
                    pieces.Add((substitution.Spun, !substitution.Restored ? "dim underline" : substitution.Kind == SpinKind.Inversion ? "bold red underline" : "magenta underline"));
                    break;
                default:
                    pieces.Add(("‸", "bold red"));
                    break;
            }

            at = offset + length;
        }

        pieces.Add((text[at..end], null));
        return pieces;
    }

    private static void WriteVerdict(IAnsiConsole console, SpinReport spin)
    {
        var evidence = string.Join(", ", spin.Evidence.Take(6).Select(e => $"{e.Form} ×{e.Count}")) + (spin.Evidence.Count > 6 ? ", …" : string.Empty);
        if (spin.Verdict == SpinVerdict.Spun)
        {
            console.MarkupLine($"[bold red]Spun text (伪原创)[/]: {spin.Score:0.##} spinner fingerprints per 1,000 characters ({Markup.Escape(evidence)}).");
            console.MarkupLine("[dim]Under each paragraph: ~ a substitution and its probable original, ⚠ one with the opposite meaning, ? possibly spun (left as written), ‸ a word seems missing. `glossary restore` prints the restored reading.[/]");
            console.WriteLine();
        }
        else if (spin.Verdict == SpinVerdict.Unsure)
        {
            console.MarkupLine($"[yellow]Possibly spun text[/]: {Markup.Escape(evidence)}; only these fingerprints are marked.");
            console.WriteLine();
        }
    }

    // One note per spun form and original in the line, with how often it occurs there.
    private static void WriteSpinNotes(IAnsiConsole console, List<SpinSubstitution> substitutions, List<SpinGap> gaps, string text)
    {
        foreach (var group in substitutions.GroupBy(s => (s.Spun, s.Original, s.Restored)))
        {
            var s = group.First();
            var times = group.Count() > 1 ? $" ×{group.Count()}" : string.Empty;
            var gloss = s.Gloss is null ? string.Empty : " " + Markup.Escape(Cut(s.Gloss.Split("; ")[0], SpinGlossLength));
            var original = $"[green]{Markup.Escape(s.Original)}[/]{gloss}";
            var why = $"[dim]({SpinText.Kind(s.Kind)}, {s.Confidence.ToString().ToLowerInvariant()})[/]";
            console.MarkupLine(
                !s.Restored ? $"   [dim]?[/] {Markup.Escape(s.Spun)}{times}: possibly {original}, left as written {why}"
                : s.Kind == SpinKind.Inversion ? $"   [bold red]⚠[/] {Markup.Escape(s.Spun)}{times} → {original}: [bold red]the opposite of what is written[/] {why}"
                : $"   [magenta]~[/] {Markup.Escape(s.Spun)}{times} → {original} {why}");
        }

        foreach (var gap in gaps)
        {
            var before = text[Math.Max(0, gap.Offset - 4)..gap.Offset];
            console.MarkupLine($"   [bold red]‸[/] {Markup.Escape(before)}‸: {Markup.Escape(gap.Note)}");
        }
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
