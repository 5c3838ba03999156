using System.ComponentModel;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

/// <summary>Options every query command shares: which corpus, glossaries and dictionary (and, from the base, which output).</summary>
public class CorpusSettings : OutputSettings
{
    [CommandOption("--index <DIR>")]
    [Description("An index built with 'glossary index'. Default: the bundled article.")]
    public string? Index { get; set; }

    [CommandOption("-g|--glossary <FILE>")]
    [Description("A glossary: OmegaT .tsv, .csv, .tbx or CC-CEDICT; repeat for several, the first wins. Default: the bundled glossary.")]
    public string[] Glossaries { get; set; } = [];

    [CommandOption("-d|--dictionary <NAME|FILE>")]
    [Description("A dictionary under the glossaries, for words they lack: 'cedict' (bundled CC-CEDICT) or a file in any glossary format.")]
    public string? Dictionary { get; set; }

    [CommandOption("--strict")]
    [Description("Stop at the first malformed line of a glossary instead of skipping it.")]
    public bool Strict { get; set; }
}
