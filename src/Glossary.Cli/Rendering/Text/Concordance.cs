using System.Globalization;
using Spectre.Console;
using Glossary.Querying;

namespace Glossary.Cli.Rendering.Text;

/// <summary>
/// Key-word-in-context lines as AntConc and Sketch Engine lay them out: left context right-aligned, the match in a
/// centred column, right context left-aligned. Spectre measures cells by display width, so Han characters (two
/// columns each) line up.
/// </summary>
internal static class Concordance
{
    /// <summary>
    /// Writes one line per occurrence. Each context gets up to twice its character count in columns (a Han character
    /// is two columns wide), less if the console is narrower; it is cut on the side away from the match.
    /// </summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<TermOccurrence> occurrences, int contextLength)
    {
        var documents = occurrences.Select(o => Path.GetFileName(o.Document)).ToList();
        var documentWidth = Math.Min(24, documents.Max(d => d.GetCellWidth()));
        var offsetWidth = occurrences.Max(o => o.Offset).ToString(CultureInfo.InvariantCulture).Length;
        var matchWidth = occurrences.Max(o => o.Match.GetCellWidth());
        var room = console.Profile.Width - documentWidth - offsetWidth - matchWidth - 6;
        var side = Math.Max(4, Math.Min(contextLength * 2, room / 2));

        for (var i = 0; i < occurrences.Count; i++)
        {
            var o = occurrences[i];
            var left = TakeEnd(o.Left, side);
            var right = TakeStart(o.Right, side);
            var pad = matchWidth - o.Match.GetCellWidth();
            console.FittedLine(
                Markup.Escape(Pad(TakeStart(documents[i], documentWidth), documentWidth)) + " " +
                o.Offset.ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth) + "  " +
                Markup.Escape(new string(' ', side - left.GetCellWidth()) + left) + " " +
                new string(' ', pad / 2) + $"[{(o.SpunFormOf is null ? "bold yellow" : "bold magenta")}]{Markup.Escape(o.Match)}[/]" + new string(' ', pad - (pad / 2)) + " " +
                Markup.Escape(right));
            if (o.Translation is { } translation)
            {
                // A bilingual KWIC line: the unit's other side under the Chinese, indented past document and offset.
                var indent = new string(' ', documentWidth + offsetWidth + 3);
                foreach (var line in Wrapper.Lines(Aligned.Pieces(translation), console.Profile.Width - indent.Length - 3))
                {
                    console.FittedLine($"{indent}[dim]↳[/] {line}");
                }
            }
        }
    }

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - text.GetCellWidth()));

    private static string TakeEnd(string text, int width)
    {
        var start = text.Length;
        var used = 0;
        while (start > 0 && used + text[start - 1].GetCellWidth() <= width)
        {
            used += text[--start].GetCellWidth();
        }

        return text[start..];
    }

    private static string TakeStart(string text, int width)
    {
        var end = 0;
        var used = 0;
        while (end < text.Length && used + text[end].GetCellWidth() <= width)
        {
            used += text[end++].GetCellWidth();
        }

        return text[..end];
    }
}
