using System.ComponentModel;
using Glossary.Bilingual;
using Glossary.Checking;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Settings;
using Glossary.Cli.Views;
using Glossary.Dictionaries;
using Glossary.Terms;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

// Checks bilingual files against the project's glossary, as a translator before delivery and a build server on every
// change would. Reads, never writes. The exit code is for the build server: 0 clean, 3 findings at error severity,
// 1 bad input (which wins: a check of half a file proves nothing), 2 usage.
internal sealed class CheckCommand : ViewCommand<CheckCommand.Settings, CheckView>
{
    private static readonly Dictionary<string, CheckKind> CheckNames = new(StringComparer.Ordinal)
    {
        ["missing"] = CheckKind.Missing,
        ["forbidden"] = CheckKind.Forbidden,
        ["inconsistent"] = CheckKind.Inconsistent,
    };

    private static readonly Dictionary<string, Severity> SeverityNames = new(StringComparer.Ordinal)
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
    };

    private static readonly Dictionary<string, UnitState> StateNames = new(StringComparer.Ordinal)
    {
        ["untranslated"] = UnitState.Untranslated,
        ["needs-review"] = UnitState.NeedsReview,
        ["not-for-translation"] = UnitState.NotForTranslation,
    };

    // Not GlossarySettings: here a glossary is required (no bundled default) and the dictionary only decides word
    // boundaries, so both options say so in the help.
    public sealed class Settings : OutputSettings
    {
        [CommandOption("-g|--glossary <FILE>")]
        [Description("The project's glossary: OmegaT .tsv, .csv, .tbx or an XLIFF 2 glossary; repeat for several, the first wins. Required.")]
        public string[] Glossaries { get; set; } = [];

        [CommandOption("-d|--dictionary <NAME|FILE>")]
        [Description("A dictionary that only decides Chinese word boundaries (程序 is no occurrence inside 排程|序列), never obliges a translation: 'cedict' or a glossary file.")]
        public string? Dictionary { get; set; }

        [CommandArgument(0, "<FILES>")]
        [Description("Bilingual files: .tmx, .xlf/.xliff (1.2 and 2.x), .po, or aligned .tsv.")]
        public string[] Files { get; set; } = [];

        [CommandOption("--checks <LIST>")]
        [Description("The checks to run, comma-separated: missing, forbidden, inconsistent. Default: all.")]
        public string? ChecksText { get; set; }

        [CommandOption("--severity <CHECK=LEVEL>")]
        [Description("A check's severity, error (fails the run: exit code 3) or warning (shown only); repeat per check. Default: error.")]
        public string[] SeverityTexts { get; set; } = [];

        [CommandOption("--include <LIST>")]
        [Description("Check units skipped by default, comma-separated: untranslated, needs-review (fuzzy), not-for-translation.")]
        public string? IncludeText { get; set; }

        [CommandOption("--ignore <FILE>")]
        [Description("Suppressions: a tab-separated file of unit, term, translation (* for any) and a reason.")]
        public string? Ignore { get; set; }

        public IReadOnlyList<CheckKind> Checks { get; private set; } = [.. CheckNames.Values];

        public Dictionary<CheckKind, Severity> Severities { get; } = CheckNames.Values.ToDictionary(c => c, _ => Severity.Error);

        public HashSet<UnitState> Included { get; } = [];

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (Glossaries.Length == 0)
            {
                throw new UsageException("check needs the project's glossary: give --glossary <FILE> (repeat for several)");
            }

            if (ChecksText is not null)
            {
                Checks = List(ChecksText).Select(c => OptionValues.Choice(c, "--checks", CheckNames)!.Value).Distinct().ToList();
            }

            foreach (var text in SeverityTexts)
            {
                var parts = text.Split('=', 2);
                if (parts.Length != 2)
                {
                    throw new UsageException($"--severity takes CHECK=LEVEL, such as missing=warning (got {text})");
                }

                Severities[OptionValues.Choice(parts[0].Trim(), "--severity's check", CheckNames)!.Value] =
                    OptionValues.Choice(parts[1].Trim(), "--severity's level", SeverityNames)!.Value;
            }

            foreach (var state in List(IncludeText ?? string.Empty))
            {
                Included.Add(OptionValues.Choice(state, "--include", StateNames)!.Value);
            }

            return result;
        }

        private static string[] List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    protected override async Task<CheckView> BuildAsync(Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var layers = new List<TermBase>();
        foreach (var path in settings.Glossaries)
        {
            layers.Add(await Corpus.LoadFileAsync(path, settings.Strict, environment, cancellationToken));
        }

        // The dictionary decides word boundaries only: it is never a source of obligations.
        var boundaries = settings.Dictionary switch
        {
            null => null,
            var name when name.Equals("cedict", StringComparison.OrdinalIgnoreCase) => await CcCedict.LoadAsync(cancellationToken),
            var path => await Corpus.LoadFileAsync(path, settings.Strict, environment, cancellationToken, hint: "--dictionary takes cedict or a glossary file"),
        };
        var ignore = settings.Ignore is null ? IgnoreFile.None : await IgnoreFile.LoadAsync(settings.Ignore, cancellationToken);
        var options = new CheckOptions
        {
            Checks = settings.Checks,
            IncludeUntranslated = settings.Included.Contains(UnitState.Untranslated),
            IncludeNeedsReview = settings.Included.Contains(UnitState.NeedsReview),
            IncludeNotForTranslation = settings.Included.Contains(UnitState.NotForTranslation),
        };
        var checker = new TerminologyChecker(TermBase.Combine(layers), boundaries, options);
        int units = 0, checkedUnits = 0, suppressed = 0;
        var skipped = new Dictionary<UnitState, int>();
        var findings = new List<ReportedFinding>();
        foreach (var file in settings.Files)
        {
            var document = await BilingualFile.LoadAsync(file, settings.Strict, cancellationToken: cancellationToken);
            foreach (var issue in document.Issues)
            {
                environment.Error.WriteLine($"glossary: warning: {issue}");
                environment.Warnings++;
            }

            foreach (var unit in document.Units)
            {
                units++;
                var state = TerminologyChecker.StateOf(unit);
                if (checker.Includes(unit))
                {
                    checkedUnits++;
                }
                else
                {
                    skipped[state] = skipped.GetValueOrDefault(state) + 1;
                }
            }

            foreach (var finding in checker.Check(document.Units, file))
            {
                if (ignore.Suppresses(finding))
                {
                    suppressed++;
                }
                else
                {
                    findings.Add(new ReportedFinding(finding, settings.Severities[finding.Check]));
                }
            }
        }

        return new CheckView(settings.Files, units, checkedUnits, skipped, settings.Checks, settings.Severities, findings, suppressed);
    }

    protected override int ExitCode(CheckView view) => view.Fails ? GlossaryApp.Findings : GlossaryApp.Ok;

    protected override object ToJson(CheckView view) => JsonShapes.Check(view);

    protected override void WriteText(IAnsiConsole console, CheckView view) => CheckText.Write(console, view);
}
