using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Settings;

/// <summary>The documents a query command reads (an index, or the bundled article) and how many answers it shows.</summary>
public class CorpusSettings : GlossarySettings
{
    [CommandOption("--index <DIR>")]
    [Description("An index built with 'glossary index'. Default: the bundled article.")]
    public string? Index { get; set; }

    [CommandOption("-n|--limit <N>")]
    [Description("Show at most N occurrences (term), passages (search; default 10) or entries (terms); the total is always said.")]
    public string? LimitText { get; set; }

    /// <summary>The limit given, 1 or more, or null.</summary>
    public int? Limit { get; private set; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        Limit = OptionValues.Whole(LimitText, "--limit", 1);
        return result;
    }
}
