using Glossary.Cli.Views;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>The frequency list as a table, and what it left out.</summary>
internal static class TermsText
{
    public static void Write(IAnsiConsole console, TermsView view)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("count").RightAligned())
            .AddColumn("term")
            .AddColumn("pinyin")
            .AddColumn("gloss");
        foreach (var (entry, count) in view.Shown)
        {
            table.AddRow(
                Numbers.Format(count),
                $"[yellow]{Markup.Escape(entry.Term)}[/]",
                Markup.Escape(entry.Pinyin ?? string.Empty),
                EntryText.Glosses(entry));
        }

        console.Write(table);
        console.Line($"[dim]{Numbers.Format(view.Shown.Count)} of {Numbers.Count(view.Total, "entry", "entries")}; {Numbers.Format(view.Absent)} {(view.Absent == 1 ? "does" : "do")} not occur.[/]");
    }
}
