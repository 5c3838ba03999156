using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Glossary.Cli;

/// <summary>
/// The styled console the commands write text to. Lines are wrapped at the terminal's width, or at <c>COLUMNS</c>
/// when that is set; output to a pipe or a file is never wrapped (a line is a paragraph, a concordance line, a
/// summary), so <c>less</c>, <c>grep</c> and an editor see whole lines. No line ends in spaces.
/// </summary>
internal static class CliConsole
{
    /// <summary>
    /// The width of a console that never wraps: wider than any paragraph. Spectre needs a number; nothing is padded to it.
    /// </summary>
    public const int Unwrapped = 1_000_000;

    /// <summary>Creates a console writing to <paramref name="output"/>.</summary>
    /// <param name="output">Where the text goes (trailing spaces are dropped on the way).</param>
    /// <param name="width">The width to wrap at, in columns; <see cref="Unwrapped"/> for none.</param>
    /// <param name="terminal">Whether <paramref name="output"/> is a terminal: then colour (unless <paramref name="color"/> is false) and live displays.</param>
    /// <param name="color">Whether colour is wanted at all (false for --no-color; NO_COLOR is read by Spectre).</param>
    public static IAnsiConsole Create(TextWriter output, int width, bool terminal, bool color)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal && color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new Output(new LineTrimmingWriter(output), terminal, width),
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    /// <summary>
    /// The width to wrap at: <c>COLUMNS</c> when it is a positive number, else the terminal's, else (a pipe or a file)
    /// <see cref="Unwrapped"/>.
    /// </summary>
    public static int Width(string? columns, bool terminal, Func<int> terminalWidth) =>
        int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width > 0 ? width
        : terminal ? Math.Max(20, terminalWidth())
        : Unwrapped;

    private sealed class Output(TextWriter writer, bool terminal, int width) : IAnsiConsoleOutput
    {
        public TextWriter Writer => writer;

        public bool IsTerminal => terminal;

        public int Width => width;

        public int Height => terminal ? Math.Max(1, System.Console.WindowHeight) : 24;

        public void SetEncoding(Encoding encoding)
        {
            if (terminal)
            {
                System.Console.OutputEncoding = encoding;
            }
        }
    }
}
