using System.ComponentModel;
using Spectre.Console.Cli;

namespace Glossary.Cli.Settings;

/// <summary>The terms a command glosses with: the user's glossaries (or the bundled one) over an optional dictionary.</summary>
public class GlossarySettings : SpinSettings
{
    [CommandOption("-g|--glossary <FILE>")]
    [Description("A glossary: OmegaT .tsv, .csv, .tbx or CC-CEDICT; repeat for several, the first wins. Default: the bundled glossary.")]
    public string[] Glossaries { get; set; } = [];

    [CommandOption("-d|--dictionary <NAME|FILE>")]
    [Description("A dictionary under the glossaries, for words they lack: 'cedict' (bundled CC-CEDICT) or a file in any glossary format.")]
    public string? Dictionary { get; set; }
}
