namespace Glossary.Cli;

/// <summary>
/// The arguments as Spectre.Console.Cli should see them. Spectre reads anything starting with '-' as an option, and a
/// lone "-" too; but "-" names standard input, and after "--" every argument is an operand, as in every Unix tool
/// (in a corpus of man pages people look up <c>--force</c>). Such arguments are passed on marked, and settings
/// unmark them (<see cref="Unmark"/>) once parsed.
/// </summary>
internal static class CommandLine
{
    private const char Mark = '\0';

    /// <summary>The arguments with "--" removed and every operand that starts with '-' marked.</summary>
    public static string[] Prepare(IEnumerable<string> args)
    {
        var prepared = new List<string>();
        var operands = false;
        foreach (var arg in args)
        {
            if (!operands && arg == "--")
            {
                operands = true;
            }
            else
            {
                prepared.Add((operands && arg.StartsWith('-')) || arg == "-" ? Mark + arg : arg);
            }
        }

        return [.. prepared];
    }

    /// <summary>The arguments before "--": the ones that may be options.</summary>
    public static IEnumerable<string> Options(IEnumerable<string> args) => args.TakeWhile(a => a != "--");

    /// <summary>An argument as the user typed it.</summary>
    public static string Unmark(string value) => value.Length > 0 && value[0] == Mark ? value[1..] : value;
}
