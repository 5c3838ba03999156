using System.ComponentModel;
using Spectre.Console.Cli;

namespace Glossary.Cli.Settings;

/// <summary>The spin table: the bundled one, with the user's pairs in front. An index remembers the table that judged it.</summary>
public class SpinSettings : OutputSettings
{
    [CommandOption("--spin-pairs <FILE>")]
    [Description("Your own spinner substitutions (tab-separated: spun, original, kind, confidence, …), used before the bundled table. An index built with them is read with them.")]
    public string? SpinPairs { get; set; }
}
