using System.Text;
using Spectre.Console;

namespace Glossary.Cli.Rendering;

/// <summary>
/// Wraps styled text by display width (a Han character is two columns) into markup lines, one character at a time,
/// so that a styled match stays inline instead of jumping to a line of its own as whole-segment wrapping would do.
/// </summary>
internal static class Wrapper
{
    public static IEnumerable<string> Lines(IEnumerable<(string Text, string? Style)> pieces, int width)
    {
        var line = new StringBuilder();
        var used = 0;
        foreach (var (text, style) in pieces)
        {
            for (var i = 0; i < text.Length; i++)
            {
                // Keep a surrogate pair, or a character and its closing bracket, on one line.
                var size = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                var cell = text.Substring(i, size);
                i += size - 1;
                var cellWidth = cell.GetCellWidth();
                if (used + cellWidth > width && used > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                    used = 0;
                }

                var escaped = Markup.Escape(cell);
                line.Append(style is null ? escaped : $"[{style}]{escaped}[/]");
                used += cellWidth;
            }
        }

        yield return line.ToString();
    }
}
