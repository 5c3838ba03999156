using System.ComponentModel;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

/// <summary>Options every query command shares: which corpus, which glossaries, which output.</summary>
public class CorpusSettings : CommandSettings
{
    [CommandOption("--index <DIR>")]
    [Description("An index built with 'glossary index'. Default: the bundled article.")]
    public string? Index { get; set; }

    [CommandOption("-g|--glossary <FILE>")]
    [Description("A glossary file (OmegaT tab-separated); repeat for several, the first wins. Default: the bundled glossary.")]
    public string[] Glossaries { get; set; } = [];

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
