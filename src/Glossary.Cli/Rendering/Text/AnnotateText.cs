using System.Globalization;
using Glossary.Cli.Input;
using Glossary.Cli.Views;
using Glossary.Spin;
using Glossary.Terms;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

// Numbered notes under each paragraph read better than glosses inline: Chinese prose dense with terms stays
// readable, and a term repeated in a paragraph keeps its number.
internal static class AnnotateText
{
    // Dictionary entries carry up to thirty senses; a note shows what fits in about a line, `glossary term` shows all.
    private const int NoteLength = 60;

    // A spin note already names two forms and a kind: the original's first sense is enough.
    private const int SpinGlossLength = 32;

    public static void Write(IAnsiConsole console, AnnotateView view)
    {
        var spans = view.Spans;
        WriteVerdict(console, view.Spin);
        var next = 0;
        var lineStart = 0;
        while (lineStart <= view.Text.Length)
        {
            var lineEnd = view.Text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? view.Text.Length : lineEnd;
            var line = view.Text[lineStart..lineEnd].TrimEnd('\r');
            var numbers = new Dictionary<TermEntry, int>();
            var lineSpans = new List<TermSpan>();
            for (; next < spans.Count && spans[next].Offset < lineStart + line.Length; next++)
            {
                lineSpans.Add(spans[next]);
            }

            var substitutions = view.Spin.Substitutions.Where(s => s.Offset >= lineStart && s.Offset < lineStart + line.Length).ToList();
            var gaps = view.Spin.Gaps.Where(g => g.Offset >= lineStart && g.Offset <= lineStart + line.Length).ToList();
            foreach (var wrapped in Wrapper.Lines(Pieces(view.Text, lineStart, lineStart + line.Length, lineSpans, substitutions, gaps, numbers), console.Profile.Width - 1))
            {
                console.FittedLine(wrapped);
            }

            foreach (var (entry, number) in numbers)
            {
                var pinyin = entry.Pinyin is null ? string.Empty : $" {entry.Pinyin}";
                var source = view.ShowSources && entry.Source is { } name ? $" [dim]({Markup.Escape(name)})[/]" : string.Empty;
                console.Line($"   [dim]{number}.[/] [yellow]{Markup.Escape(entry.Term)}[/]{Markup.Escape(pinyin)} {EntryText.Glosses(entry, NoteLength)}{source}");
            }

            WriteSpinNotes(console, substitutions, gaps, view.Text);
            if (numbers.Count > 0 || substitutions.Count > 0 || gaps.Count > 0)
            {
                console.WriteLine();
            }

            lineStart = lineEnd + 1;
        }
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

                    pieces.Add((span.Text, EntryText.MatchedForm(span)?.IsDiscouraged == true ? "bold red strikethrough" : "bold yellow"));
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
        var evidence = string.Join(", ", spin.Evidence.Take(6).Select(e => $"{e.Form} ×{Numbers.Format(e.Count)}")) + (spin.Evidence.Count > 6 ? ", …" : string.Empty);
        if (spin.Verdict == SpinVerdict.Spun)
        {
            var spunParagraphs = spin.Paragraphs.Count(p => p.Verdict == SpinVerdict.Spun);
            var which = spunParagraphs < spin.Paragraphs.Count
                ? $" {Numbers.Format(spunParagraphs)} of {Numbers.Format(spin.Paragraphs.Count)} paragraphs read as spun; the others as written."
                : string.Empty;
            console.Line($"[bold red]Spun text (伪原创)[/]: {spin.Score.ToString("0.##", CultureInfo.InvariantCulture)} indicators of a spinner per 1,000 characters ({Markup.Escape(evidence)}).{which}");
            console.Line("[dim]Under each paragraph: ~ a substitution and its probable original, ⚠ one with the opposite meaning, ? possibly spun (left as written), ‸ a word seems missing. `glossary restore` prints the restored reading.[/]");
            console.WriteLine();
        }
        else if (spin.Verdict == SpinVerdict.Unsure)
        {
            console.Line($"[yellow]Possibly spun text[/]: {Markup.Escape(evidence)}; only the fingerprints are marked.");
            console.WriteLine();
        }
    }

    // One note per spun form and original in the line, with how often it occurs there.
    private static void WriteSpinNotes(IAnsiConsole console, List<SpinSubstitution> substitutions, List<SpinGap> gaps, string text)
    {
        foreach (var group in substitutions.GroupBy(s => (s.Spun, s.Original, s.Restored)))
        {
            var s = group.First();
            var times = group.Count() > 1 ? $" ×{Numbers.Format(group.Count())}" : string.Empty;
            var gloss = s.Gloss is null ? string.Empty : " " + Markup.Escape(Cut(s.Gloss.Split("; ")[0], SpinGlossLength));
            var original = $"[green]{Markup.Escape(s.Original)}[/]{gloss}";
            var why = $"[dim]({SpinText.Kind(s.Kind)}, {s.Confidence.ToString().ToLowerInvariant()})[/]";
            console.Line(
                !s.Restored ? $"   [dim]?[/] {Markup.Escape(s.Spun)}{times}: possibly {original}, left as written {why}"
                : s.Kind == SpinKind.Inversion ? $"   [bold red]⚠[/] {Markup.Escape(s.Spun)}{times} → {original}: [bold red]the opposite of what is written[/] {why}"
                : $"   [magenta]~[/] {Markup.Escape(s.Spun)}{times} → {original} {why}");
        }

        foreach (var gap in gaps)
        {
            var before = text[Math.Max(0, gap.Offset - 4)..gap.Offset];
            console.Line($"   [bold red]‸[/] {Markup.Escape(before)}‸: {Markup.Escape(gap.Note)}");
        }
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
