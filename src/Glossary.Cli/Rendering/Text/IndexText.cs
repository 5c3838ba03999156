using System.Globalization;
using Glossary.Cli.Views;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>The summary of an indexing run, in one paragraph.</summary>
internal static class IndexText
{
    public static void Write(IAnsiConsole console, IndexView view)
    {
        var encodings = view.Encodings.Count > 0
            ? " Read as " + string.Join(", ", view.Encodings.Select(e => $"{e.Key}: {Numbers.Count(e.Value, "file", "files")}")) + "."
            : string.Empty;
        var skipped = view.Skipped > 0 ? $" Skipped {Numbers.Count(view.Skipped, "file", "files")} (see above)." : string.Empty;
        console.Line(
            $"Indexed [bold]{Numbers.Count(view.Files, "file", "files")}[/], {Numbers.Count(view.Characters, "character", "characters")} " +
            $"in {view.Seconds.ToString("F2", CultureInfo.InvariantCulture)} s. " +
            $"The index [bold]{Markup.Escape(view.Index)}[/] holds {Numbers.Count(view.Documents, "document", "documents")}, " +
            $"{Numbers.Count(view.Passages, "passage", "passages")}.{encodings}{skipped}");
    }
}
