using System.ComponentModel;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

/// <summary>Options every command shares: how to write.</summary>
public class OutputSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Write one JSON document to standard output and nothing else.")]
    public bool Json { get; set; }

    [CommandOption("--no-color")]
    [Description("Plain text without colour (NO_COLOR is honoured too).")]
    public bool NoColor { get; set; }

    [CommandOption("--verbose")]
    [Description("Add the technical details to error messages.")]
    public bool Verbose { get; set; }
}
