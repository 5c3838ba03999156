using System.ComponentModel;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

/// <summary>Options every query command shares: which corpus and which glossaries (and, from the base, which output).</summary>
public class CorpusSettings : OutputSettings
{
    [CommandOption("--index <DIR>")]
    [Description("An index built with 'glossary index'. Default: the bundled article.")]
    public string? Index { get; set; }

    [CommandOption("-g|--glossary <FILE>")]
    [Description("A glossary file (OmegaT tab-separated); repeat for several, the first wins. Default: the bundled glossary.")]
    public string[] Glossaries { get; set; } = [];
}
