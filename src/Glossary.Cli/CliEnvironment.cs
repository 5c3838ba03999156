using Spectre.Console;

namespace Glossary.Cli;

/// <summary>
/// Where a command reads and writes: the styled console for tables and progress, the raw standard output for JSON,
/// and standard error for messages. Tests pass their own.
/// </summary>
internal sealed record CliEnvironment(IAnsiConsole Console, TextWriter Output, TextWriter Error, TextReader Input)
{
    /// <summary>Whether a person is watching (a terminal, not a pipe): progress bars are drawn only then.</summary>
    public bool Interactive { get; init; }

    /// <summary>Problems reported as warnings (skipped glossary lines): the command still answers, but exits with 1.</summary>
    public int Warnings { get; set; }
}
