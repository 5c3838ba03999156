using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Settings;

/// <summary>
/// The options of a command that reads a text with a glossary (annotate, read): the glossary's options and the text's
/// encoding (DocumentSettings' option, which these commands cannot inherit: a class has one base).
/// </summary>
public class GlossaryTextSettings : GlossarySettings
{
    [CommandOption("--encoding <NAME>")]
    [Description(DocumentSettings.EncodingHelp)]
    public string? Encoding { get; set; }

    /// <summary>The encoding <see cref="Encoding"/> names, or null to detect it.</summary>
    public System.Text.Encoding? TextEncoding { get; private set; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        TextEncoding = OptionValues.Encoding(Encoding);
        return result;
    }
}
