using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Settings;

/// <summary>
/// Options every command takes: how to write, and whether to stop at the first bad input. Each option set is a base
/// class, each option declared once: OutputSettings → SpinSettings (--spin-pairs) → GlossarySettings (--glossary,
/// --dictionary) → CorpusSettings (--index, --limit); DocumentSettings (--encoding) sits on SpinSettings.
/// </summary>
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

    [CommandOption("--strict")]
    [Description("Stop at the first problem (a malformed line, an unreadable file) instead of skipping it and exiting with 1 at the end.")]
    public bool Strict { get; set; }

    /// <summary>
    /// Unmarks the arguments (see <see cref="CommandLine"/>) and checks the option values; a bad value throws a
    /// <see cref="UsageException"/>. Subclasses check theirs after calling this.
    /// </summary>
    public override ValidationResult Validate()
    {
        foreach (var property in GetType().GetProperties())
        {
            switch (property.CanWrite ? property.GetValue(this) : null)
            {
                case string text:
                    property.SetValue(this, CommandLine.Unmark(text));
                    break;
                case string[] texts:
                    property.SetValue(this, texts.Select(CommandLine.Unmark).ToArray());
                    break;
            }
        }

        return ValidationResult.Success();
    }
}
