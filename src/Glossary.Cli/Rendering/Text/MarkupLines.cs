using Spectre.Console;
using Spectre.Console.Rendering;

namespace Glossary.Cli.Rendering.Text;

/// <summary>
/// Writes lines of Spectre markup. Spectre lays every markup line out as a paragraph (segments split by word, cells
/// counted per character, lines wrapped and padded), about a millisecond a line: with a dictionary, most of what
/// `glossary annotate` spent. A line that is already laid out needs none of it: one the <see cref="Wrapper"/> or the
/// concordance has fitted to the width, or any line when output is not wrapped (a pipe or a file). Such a line is
/// parsed by Spectre's own markup parser and written as its styled segments, so text and colours are the same.
/// </summary>
internal static class MarkupLines
{
    /// <summary>Writes a line of markup, wrapped at the console's width (unless the console does not wrap).</summary>
    public static void Line(this IAnsiConsole console, string markup)
    {
        if (console.Profile.Width >= CliConsole.Unwrapped)
        {
            console.FittedLine(markup);
        }
        else
        {
            console.MarkupLine(markup);
        }
    }

    /// <summary>Writes a line of markup that already fits the console's width, as it is.</summary>
    public static void FittedLine(this IAnsiConsole console, string markup) => console.Write(new Fitted(markup));

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
