using System.ComponentModel;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Settings;
using Glossary.Cli.Views;
using Glossary.Errors;
using Glossary.Formats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

// Converts a glossary between formats. Reading reports skipped lines like every command; writing is atomic; what the
// target format has no place for (a TSV has no definitions) is said, not silently dropped; and the input is never
// written over without --force.
internal sealed class ConvertCommand : ViewCommand<ConvertCommand.Settings, ConvertView>
{
    private static readonly Dictionary<string, GlossaryFormat> Readable = new(StringComparer.Ordinal)
    {
        ["tsv"] = GlossaryFormat.Tsv,
        ["csv"] = GlossaryFormat.Csv,
        ["tbx"] = GlossaryFormat.Tbx,
        ["cedict"] = GlossaryFormat.CcCedict,
    };

    private static readonly Dictionary<string, GlossaryFormat> Writable = new(StringComparer.Ordinal)
    {
        ["tsv"] = GlossaryFormat.Tsv,
        ["csv"] = GlossaryFormat.Csv,
        ["tbx"] = GlossaryFormat.Tbx,
    };

    private static readonly Dictionary<string, CsvLayout> Layouts = new(StringComparer.Ordinal)
    {
        ["omegat"] = CsvLayout.OmegaT,
        ["memoq"] = CsvLayout.MemoQ,
        ["full"] = CsvLayout.Full,
    };

    public sealed class Settings : OutputSettings
    {
        [CommandArgument(0, "<IN>")]
        [Description("The glossary to read: .tsv (OmegaT), .csv, .tbx or CC-CEDICT (.u8).")]
        public string Input { get; set; } = string.Empty;

        [CommandArgument(1, "<OUT>")]
        [Description("The file to write: .tsv, .csv or .tbx (TBX-Basic v2). Replaced all at once.")]
        public string Output { get; set; } = string.Empty;

        [CommandOption("-f|--format <FORMAT>")]
        [Description("The input's format when its extension does not say: tsv, csv, tbx or cedict.")]
        public string? FormatText { get; set; }

        [CommandOption("-t|--to <FORMAT>")]
        [Description("The output's format when its extension does not say: tsv, csv or tbx.")]
        public string? ToText { get; set; }

        // OmegaT's layout is the default: OmegaT reads it as it is and shows everything (pinyin, variants, status and
        // note in its comment column), memoQ's import reads it once told the first row holds no field names, and this
        // library reads it back. The full layout's header row is an entry to OmegaT; memoQ's layout needs memoQ.
        [CommandOption("--csv <LAYOUT>")]
        [Description("The columns of a CSV output: omegat (default: term, translation, comment, no header row; pinyin, variants, status and note in the comment, so OmegaT shows them all), memoq (a header naming the languages, one row per entry, as memoQ's term base import maps it) or full (this library's header and columns: keeps definitions and parts of speech).")]
        public string? CsvText { get; set; }

        [CommandOption("--force")]
        [Description("Write over the input file (converting it in place); without it, the input is never replaced.")]
        public bool Force { get; set; }

        public GlossaryFormat Format { get; private set; }

        public GlossaryFormat To { get; private set; }

        public CsvLayout CsvLayout { get; private set; }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            Format = OptionValues.Choice(FormatText, "--format", Readable) ?? GlossaryFormat.Auto;
            To = OptionValues.Choice(ToText, "--to", Writable) ?? GlossaryFile.FormatOf(Output) switch
            {
                GlossaryFormat.Auto => throw new UsageException(
                    $"cannot tell the format of {Output} from its name: name it .tsv, .csv or .tbx, or give --to tsv, csv or tbx"),
                GlossaryFormat.CcCedict => throw new UsageException(
                    $"CC-CEDICT is read, not written ({Output}): name it .tsv, .csv or .tbx, or give --to tsv, csv or tbx"),
                var format => format,
            };
            CsvLayout = OptionValues.Choice(CsvText, "--csv", Layouts) ?? CsvLayout.OmegaT;
            if (CsvText is not null && To != GlossaryFormat.Csv)
            {
                throw new UsageException($"--csv chooses the columns of a CSV output, and {Output} is not written as CSV");
            }

            return result;
        }
    }

    protected override async Task<ConvertView> BuildAsync(Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var inPlace = SameFile(settings.Input, settings.Output);
        if (inPlace && !settings.Force && File.Exists(settings.Input))
        {
            throw new GlossaryException($"Not converting {settings.Input} onto itself: that replaces the input. Write to another file, or give --force.");
        }

        var terms = await Corpus.LoadFileAsync(settings.Input, settings.Strict, environment, cancellationToken, settings.Format);
        if (terms.Issues.Count > 0 && inPlace)
        {
            throw new GlossaryException(
                $"Not converting {settings.Input} onto itself: the {Numbers.Count(terms.Issues.Count, "problem", "problems")} above would be lost with the lines they are on. Fix them, or write to another file.");
        }

        foreach (var loss in FormatLosses.Of(terms, settings.To, settings.CsvLayout))
        {
            environment.Error.WriteLine($"glossary: note: {loss}");
        }

        if (OmegaTExtension.Advice(settings.Input, settings.Output, settings.To) is { } advice)
        {
            environment.Error.WriteLine($"glossary: note: {advice}");
        }

        await GlossaryFile.SaveAsync(terms, settings.Output, settings.To, settings.CsvLayout, cancellationToken);
        return new ConvertView(settings.Input, settings.Output, terms.Entries.Count, terms.Issues.Count);
    }

    protected override object ToJson(ConvertView view) => JsonShapes.Convert(view);

    protected override void WriteText(IAnsiConsole console, ConvertView view) => ConvertText.Write(console, view);

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
