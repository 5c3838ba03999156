using Glossary.Cli.Views;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>What a conversion wrote.</summary>
internal static class ConvertText
{
    public static void Write(IAnsiConsole console, ConvertView view) =>
        console.Line(
            $"Wrote [bold]{Numbers.Count(view.Entries, "entry", "entries")}[/] to [bold]{Markup.Escape(view.Output)}[/]" +
            (view.Skipped > 0 ? $" [dim]({Numbers.Count(view.Skipped, "problem", "problems")} in the input, see above)[/]" : string.Empty));
}
