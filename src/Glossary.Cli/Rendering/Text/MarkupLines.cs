using Spectre.Console;
using Spectre.Console.Rendering;

namespace Glossary.Cli.Rendering.Text;

/// <summary>
/// Writes lines of Spectre markup. Spectre lays every markup line out as a paragraph (segments split by word, cells
/// counted per character, lines wrapped and padded), a tenth of a millisecond a line: with a dictionary, 0.27 s of
/// `glossary annotate`'s 0.8. Here a line is wrapped once by the <see cref="Wrapper"/> (which also knows where Chinese
/// may break), or not at all when output is not wrapped (a pipe or a file) or the concordance has fitted it; each
/// wrapped line is parsed by Spectre's own markup parser and written as its styled segments, so text and colours are
/// what Spectre writes.
/// </summary>
internal static class MarkupLines
{
    /// <summary>Writes a line of markup, wrapped at the console's width by the <see cref="Wrapper"/> (unless the console does not wrap).</summary>
    public static void Line(this IAnsiConsole console, string markup)
    {
        foreach (var line in Wrapper.Lines(markup, console.Profile.Width))
        {
            console.FittedLine(line);
        }
    }

    /// <summary>Writes a line of markup that already fits the console's width, as it is.</summary>
    public static void FittedLine(this IAnsiConsole console, string markup)
    {
        if (console.Profile.Capabilities.Ansi)
        {
            console.Write(new Fitted(markup));
        }
        else
        {
            // No styles to write: Spectre's console would still reset the (absent) colours around every segment.
            console.Profile.Out.Writer.Write(Markup.Remove(markup));
            console.Profile.Out.Writer.Write('\n');
        }
    }

    private sealed class Fitted(string markup) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth)
        {
            var width = Segment.CellCount(Render(options, maxWidth));
            return new Measurement(width, width);
        }

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            foreach (var segment in AnsiMarkup.Parse(markup, null))
            {
                yield return new Segment(segment.Text, segment.Style, segment.Link);
            }

            yield return Segment.LineBreak;
        }
    }
}
