using System.ComponentModel;
using Glossary.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;
using Glossary.Errors;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Cli.Commands;

// Converts a glossary between formats. Reading reports skipped lines like every command; writing is atomic; and
// what the target format has no place for (a TSV has no definitions) is said, not silently dropped.
public sealed class ConvertCommand : AsyncCommand<ConvertCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandArgument(0, "<IN>")]
        [Description("The glossary to read: .tsv (OmegaT), .csv, .tbx or CC-CEDICT (.u8).")]
        public string Input { get; set; } = string.Empty;

        [CommandArgument(1, "<OUT>")]
        [Description("The file to write: .tsv, .csv or .tbx (TBX-Basic v2). Replaced all at once.")]
        public string Output { get; set; } = string.Empty;

        [CommandOption("-f|--format <FORMAT>")]
        [Description("The input's format when its extension does not say: tsv, csv, tbx or cccedict.")]
        [DefaultValue(GlossaryFormat.Auto)]
        public GlossaryFormat Format { get; set; }

        [CommandOption("-t|--to <FORMAT>")]
        [Description("The output's format when its extension does not say: tsv, csv or tbx.")]
        [DefaultValue(GlossaryFormat.Auto)]
        public GlossaryFormat To { get; set; }

        [CommandOption("--strict")]
        [Description("Stop at the first malformed line instead of skipping it.")]
        public bool Strict { get; set; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var environment = (CliEnvironment)context.Data!;
        var terms = await Corpus.LoadFileAsync(settings.Input, "glossary", settings.Strict, environment, cancellationToken, settings.Format);
        if (terms.Issues.Count > 0 && SameFile(settings.Input, settings.Output))
        {
            throw new GlossaryException(
                $"Not converting {settings.Input} onto itself: the {terms.Issues.Count} problem(s) above would be lost with the lines they are on. Fix them, or write to another file.");
        }

        var target = settings.To != GlossaryFormat.Auto ? settings.To : FormatOf(settings.Output);
        foreach (var loss in Losses(terms.Entries, target))
        {
            environment.Error.WriteLine($"glossary: note: {loss}");
        }

        if (target == GlossaryFormat.Csv && terms.Comments.Count > 0) environment.Error.WriteLine($"glossary: note: CSV has no place for comments ({terms.Comments.Count} lines); use .tsv or .tbx to keep them");

        await GlossaryFile.SaveAsync(terms, settings.Output, settings.To, cancellationToken);
        if (settings.Json)
        {
            Json.Write(environment.Output, new Json.ConvertJson(settings.Input, settings.Output, terms.Entries.Count, terms.Issues.Count));
        }
        else
        {
            environment.Console.MarkupLine(
                $"Wrote [bold]{terms.Entries.Count}[/] entries to [bold]{Markup.Escape(settings.Output)}[/]" +
                (terms.Issues.Count > 0 ? $" [dim]({terms.Issues.Count} problem(s) in the input, see above)[/]" : string.Empty));
        }

        return GlossaryApp.Ok;
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static GlossaryFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => GlossaryFormat.Csv,
        ".tbx" or ".xml" => GlossaryFormat.Tbx,
        _ => GlossaryFormat.Tsv,
    };

    // What the entries hold that the target cannot: TSV has no place for definitions, parts of speech or the status of
    // a Chinese form; CSV none for the status of a variant. TBX holds everything.
    private static IEnumerable<string> Losses(IReadOnlyList<TermEntry> entries, GlossaryFormat target)
    {
        if (target == GlossaryFormat.Tbx)
        {
            yield break;
        }

        var name = target == GlossaryFormat.Csv ? "CSV" : "TSV";
        var lost = new List<string>();
        var readings = entries.GroupBy(e => e.Term, StringComparer.Ordinal).Count(g => g.Count() > 1);
        if (readings > 0)
        {
            lost.Add($"several entries with one term ({readings} terms, such as a dictionary's readings of 行): their lines merge into one entry when read back");
        }

        var variantStatus = entries.Count(e => e.Forms.Skip(1).Any(f => f.Status != TermStatus.Unspecified || f.PartOfSpeech is not null));
        if (variantStatus > 0)
        {
            lost.Add($"the status or part of speech of variants ({variantStatus} entries)");
        }

        if (target == GlossaryFormat.Tsv)
        {
            Count(lost, "definitions", entries.Count(e => e.Definition is not null));
            Count(lost, "parts of speech", entries.Count(e => e.Forms[0].PartOfSpeech is not null || e.Translations.Any(t => t.PartOfSpeech is not null)));
            Count(lost, "the status of Chinese terms", entries.Count(e => e.Status != TermStatus.Unspecified));
        }

        foreach (var item in lost)
        {
            yield return $"{name} has no place for {item}; use .tbx to keep them";
        }
    }

    private static void Count(List<string> lost, string what, int entries)
    {
        if (entries > 0)
        {
            lost.Add($"{what} ({entries} entries)");
        }
    }
}
