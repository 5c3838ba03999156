using Spectre.Console;

namespace Glossary.Cli.Rendering;

/// <summary>A glossary entry as a translator reads it: term, pinyin, glosses, variants, note, source.</summary>
internal static class EntryView
{
    public static void Write(IAnsiConsole console, TermEntry entry)
    {
        var pinyin = entry.Pinyin is null ? string.Empty : $"  [italic]{Markup.Escape(entry.Pinyin)}[/]";
        console.MarkupLine($"[bold yellow]{Markup.Escape(entry.Term)}[/]{pinyin}  [green]{Markup.Escape(string.Join("; ", entry.Glosses))}[/]");
        if (entry.Variants.Count > 0)
        {
            console.MarkupLine($"  [dim]variants:[/] {Markup.Escape(string.Join(", ", entry.Variants))}");
        }

        if (entry.Note is not null)
        {
            console.MarkupLine($"  [dim]note:[/] {Markup.Escape(entry.Note)}");
        }

        if (entry.Source is not null)
        {
            console.MarkupLine($"  [dim]from:[/] {Markup.Escape(entry.Source)}");
        }
    }
}
