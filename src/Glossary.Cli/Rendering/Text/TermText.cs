using Glossary.Cli.Views;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>A look-up as a translator reads it: the entries, the count, a concordance, and a word on spun forms.</summary>
internal static class TermText
{
    public static void Write(IAnsiConsole console, TermView view)
    {
        var entries = view.Match.Entries;
        if (entries.Count == 0)
        {
            console.Line($"[bold]{Markup.Escape(view.Query)}[/] [dim]is not in the glossary.[/]");
        }

        foreach (var entry in entries)
        {
            EntryText.Write(console, entry);
        }

        if (view.Match.Total > entries.Count)
        {
            console.Line($"[dim]showing {Numbers.Format(entries.Count)} of {Numbers.Count(view.Match.Total, "entry", "entries")}[/]");
        }

        if (view.Renderings.Count > 0)
        {
            console.WriteLine();
            console.Line("[bold]Translated as[/] [dim](units of bilingual documents)[/]");
            foreach (var rendering in view.Renderings)
            {
                var mark = rendering.InGlossary
                    ? rendering.Status is Glossary.Terms.TermStatus.Deprecated or Glossary.Terms.TermStatus.Forbidden
                        ? $" [red]({EntryText.StatusWord(rendering.Status)} in the glossary)[/]"
                        : " [dim](the glossary's)[/]"
                    : string.Empty;
                var style = rendering.InGlossary && rendering.Status is Glossary.Terms.TermStatus.Deprecated or Glossary.Terms.TermStatus.Forbidden ? "red strikethrough" : "green";
                console.Line($"  [{style}]{Markup.Escape(rendering.Text)}[/] ×{Numbers.Format(rendering.Count)}{mark} [dim]e.g. {Markup.Escape(string.Join(", ", rendering.Units))}[/]");
            }
        }

        console.WriteLine();
        var shown = view.Occurrences.Count < view.Count ? $" (showing {Numbers.Format(view.Occurrences.Count)})" : string.Empty;
        console.Line($"[bold]{Numbers.Format(view.Count)}[/] {(view.Count == 1 ? "occurrence" : "occurrences")}{shown}");
        if (view.Occurrences.Count > 0)
        {
            Concordance.Write(console, view.Occurrences, view.Context);
        }

        // Say how spun forms were found: the reader sees 手艺 where they asked for 技术.
        foreach (var spun in view.SpunForms)
        {
            console.Line($"[magenta]{Markup.Escape(spun.Form)}[/] [dim]×{Numbers.Format(spun.Count)}: a spinner's form of[/] {Markup.Escape(spun.Original)} [dim]in document(s) judged spun (伪原创)[/]");
        }
    }
}
