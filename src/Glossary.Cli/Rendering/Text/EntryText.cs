using Spectre.Console;
using Glossary.Terms;

namespace Glossary.Cli.Rendering.Text;

/// <summary>A glossary entry as a translator reads it: term, pinyin, glosses (with their status), variants, note, source.</summary>
internal static class EntryText
{
    public static void Write(IAnsiConsole console, TermEntry entry)
    {
        var pinyin = entry.Pinyin is null ? string.Empty : $"  [italic]{Markup.Escape(entry.Pinyin)}[/]";
        var status = entry.Status == TermStatus.Unspecified ? string.Empty : " " + StatusMarkup(entry.Status);
        console.Line($"[bold yellow]{Markup.Escape(entry.Term)}[/]{status}{pinyin}  {Glosses(entry)}");
        if (entry.Forms.Skip(1).ToList() is { Count: > 0 } variants)
        {
            console.Line($"  [dim]variants:[/] {string.Join(", ", variants.Select(Form))}");
        }

        if (entry.Translations.Where(t => t.IsClassifier).ToList() is { Count: > 0 } classifiers)
        {
            console.Line($"  [dim]classifier:[/] {Markup.Escape(string.Join("; ", classifiers.Select(c => c.Text[3..])))}");
        }

        if (entry.Definition is not null)
        {
            console.Line($"  [dim]definition:[/] {Markup.Escape(entry.Definition)}");
        }

        if (entry.Note is not null)
        {
            console.Line($"  [dim]note:[/] {Markup.Escape(entry.Note)}");
        }

        if (entry.Source is not null)
        {
            console.Line($"  [dim]from:[/] {Markup.Escape(entry.Source)}");
        }
    }

    /// <summary>
    /// The glosses as markup, classifiers left out: usable ones in green, deprecated and forbidden ones struck through
    /// in red with their status, so nobody copies them by mistake. Glosses are shown while they fit in
    /// <paramref name="maxLength"/> characters (the first one always), then "…".
    /// </summary>
    public static string Glosses(TermEntry entry, int maxLength = int.MaxValue)
    {
        var glosses = entry.Translations.Where(t => !t.IsClassifier).ToList();
        var shown = new List<Designation>();
        var length = 0;
        foreach (var gloss in glosses)
        {
            length += gloss.Text.Length + 2;
            if (shown.Count > 0 && length > maxLength)
            {
                break;
            }

            shown.Add(gloss);
        }

        return string.Join("; ", shown.Select(g => g.IsDiscouraged
                ? $"[red strikethrough]{Markup.Escape(g.Text)}[/] {StatusMarkup(g.Status)}"
                : $"[green]{Markup.Escape(g.Text)}[/]" + (g.Status == TermStatus.Preferred ? " [dim](preferred)[/]" : string.Empty)))
            + (shown.Count < glosses.Count ? "; …" : string.Empty);
    }

    /// <summary>The form of its entry that a span matched (a deprecated variant may stand beside a preferred headword).</summary>
    public static Designation? MatchedForm(TermSpan span) => span.Entry.Forms.FirstOrDefault(f => f.Text == span.Text);

    public static string StatusWord(TermStatus status) => status.ToString().ToLowerInvariant();

    private static string StatusMarkup(TermStatus status) => status switch
    {
        TermStatus.Deprecated or TermStatus.Forbidden => $"[red]({StatusWord(status)})[/]",
        TermStatus.Unspecified => string.Empty,
        _ => $"[dim]({StatusWord(status)})[/]",
    };

    private static string Form(Designation form) =>
        form.IsDiscouraged ? $"[red strikethrough]{Markup.Escape(form.Text)}[/] {StatusMarkup(form.Status)}" : Markup.Escape(form.Text);
}
