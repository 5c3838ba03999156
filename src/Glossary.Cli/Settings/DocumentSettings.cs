using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Settings;

/// <summary>How text files are read: their encoding, detected or named.</summary>
public class DocumentSettings : SpinSettings
{
    /// <summary>The --encoding option's help, shared with annotate (which takes glossary options too; a class has one base).</summary>
    public const string EncodingHelp = "Read text files in this encoding instead of detecting it: utf-8, utf-16, gb18030, gbk or big5.";

    [CommandOption("--encoding <NAME>")]
    [Description(EncodingHelp)]
    public string? Encoding { get; set; }

    /// <summary>The encoding named, or null to detect it.</summary>
    public System.Text.Encoding? TextEncoding { get; private set; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        TextEncoding = OptionValues.Encoding(Encoding);
        return result;
    }
}
