using Glossary.Checking;
using Glossary.Cli.Views;
using Glossary.Querying;

namespace Glossary.Cli.Rendering.Json;

// check --json: { files, units, checked, skipped, skippedBy, suppressed, findings: [ { file, unit, check, severity,
// term, expected, found, detail, source: { language, text, highlights }, target: {…}, variants } ] }.
internal static partial class JsonShapes
{
    public static CheckJson Check(CheckView view) => new(
        view.Files,
        view.Units,
        view.Checked,
        view.Units - view.Checked,
        view.Skipped.OrderBy(s => s.Key).ToDictionary(s => Name(s.Key), s => s.Value),
        view.Suppressed,
        view.Findings.Select(r => Finding(r.Finding, r.Severity)).ToList());

    private static FindingJson Finding(CheckFinding f, Severity severity) => new(
        f.File, f.Unit, f.Check.ToString().ToLowerInvariant(), severity.ToString().ToLowerInvariant(), f.Term, f.Expected, f.Found, f.Detail,
        new SideJson(f.SourceLanguage, f.SourceText, Ranges(f.SourceHighlights)),
        new SideJson(f.TargetLanguage, f.TargetText, Ranges(f.TargetHighlights)),
        f.Variants.Count == 0 ? null : f.Variants.Select(v => new VariantJson(v.Text, v.Units)).ToList());

    private static List<RangeJson> Ranges(IReadOnlyList<Highlight> highlights) => highlights.Select(h => new RangeJson(h.Offset, h.Length)).ToList();

    private static string Name(UnitState state) => state switch
    {
        UnitState.Untranslated => "untranslated",
        UnitState.NeedsReview => "needsReview",
        UnitState.NotForTranslation => "notForTranslation",
        UnitState.OtherLanguages => "otherLanguages",
        _ => "translated",
    };

    public sealed record CheckJson(IReadOnlyList<string> Files, int Units, int Checked, int Skipped, Dictionary<string, int> SkippedBy,
        int Suppressed, List<FindingJson> Findings);

    public sealed record FindingJson(string? File, string Unit, string Check, string Severity, string Term, IReadOnlyList<string> Expected,
        string? Found, string? Detail, SideJson Source, SideJson Target, List<VariantJson>? Variants);

    public sealed record SideJson(string Language, string Text, List<RangeJson> Highlights);

    public sealed record VariantJson(string Text, IReadOnlyList<string> Units);
}
