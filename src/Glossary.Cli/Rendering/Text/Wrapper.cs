using System.Text;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>
/// Wraps styled text by display width (a Han character is two columns) into markup lines, so that a styled match
/// stays inline instead of jumping to a line of its own as whole-segment wrapping would do. A styled piece that fits
/// on a line (a 【highlight】, a term) is never split, a note number stays with its term, closing punctuation
/// (。，、）」】…) never starts a line (it takes the character before it along) and opening punctuation (“（【《)
/// never ends one. At <see cref="CliConsole.Unwrapped"/> width a line is never cut.
/// </summary>
internal static class Wrapper
{
    // Characters a line must not start with (the usual kinsoku set for Chinese).
    private const string NoLineStart = "。，、；：？！）」』】〕〉》”’…—·.,;:?!)]}%";

    // Characters a line must not end with.
    private const string NoLineEnd = "（「『【〔〈《“‘([{";

    public static IEnumerable<string> Lines(IEnumerable<(string Text, string? Style)> pieces, int width)
    {
        var line = new StringBuilder();
        if (width > CliConsole.Unwrapped / 2)
        {
            // Output that is not wrapped (the unwrapped width less an indent): no character needs measuring.
            foreach (var (text, style) in pieces)
            {
                line.Append(style is null || text.Length == 0 ? Markup.Escape(text) : $"[{style}]{Markup.Escape(text)}[/]");
            }

            yield return line.ToString();
            yield break;
        }

        var used = 0;
        foreach (var unit in Units(pieces, width))
        {
            if (used + unit.Width > width && used > 0)
            {
                yield return line.ToString();
                line.Clear();
                used = 0;
            }

            line.Append(unit.Markup);
            used += unit.Width;
        }

        yield return line.ToString();
    }

    // What may not be split: a styled piece that fits a line, else a character (a surrogate pair whole), each with
    // the closing punctuation after it.
    private static List<Unit> Units(IEnumerable<(string Text, string? Style)> pieces, int width)
    {
        var units = new List<Unit>();
        foreach (var (text, style) in pieces)
        {
            if (text.Length == 0)
            {
                continue;
            }

            if (style is not null && text.GetCellWidth() <= width)
            {
                // A note number ([3]) stays with the term before it.
                Add(units, text, $"[{style}]{Markup.Escape(text)}[/]", text.GetCellWidth(), glue: text[0] == '[');
                continue;
            }

            for (var i = 0; i < text.Length; i++)
            {
                var size = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                var cell = text.Substring(i, size);
                i += size - 1;
                var escaped = Markup.Escape(cell);
                Add(units, cell, style is null ? escaped : $"[{style}]{escaped}[/]", cell.GetCellWidth());
            }
        }

        return units;
    }

    private static void Add(List<Unit> units, string text, string markup, int width, bool glue = false)
    {
        if (units.Count > 0 && (glue || NoLineStart.Contains(text[0], StringComparison.Ordinal) || NoLineEnd.Contains(units[^1].Last, StringComparison.Ordinal)))
        {
            units[^1] = new Unit(units[^1].Markup + markup, units[^1].Width + width, text[^1]);
        }
        else
        {
            units.Add(new Unit(markup, width, text[^1]));
        }
    }

    private readonly record struct Unit(string Markup, int Width, char Last);
}
