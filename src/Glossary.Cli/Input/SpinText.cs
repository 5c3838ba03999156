using Glossary.Dictionaries;
using Glossary.Cli.Rendering;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Cli.Commands;

/// <summary>The spin analysis of a text for `annotate` and `restore`: the table (with the user's pairs first) and glosses.</summary>
internal static class SpinText
{
    /// <summary>
    /// Analyses <paramref name="text"/>. The originals are glossed from <paramref name="terms"/> and, in a text judged
    /// spun, from CC-CEDICT too (loaded only then: 手艺 → 技术 needs "technology", which a glossary rarely has).
    /// </summary>
    public static async Task<SpinReport> AnalyzeAsync(string text, string? pairs, TermBase terms, bool haveDictionary, CliEnvironment environment,
        CancellationToken cancellationToken)
    {
        var table = Table(pairs, environment);
        var report = table.Analyze(text);
        if (report.Verdict != SpinVerdict.Spun && report.Substitutions.Count == 0)
        {
            return report;
        }

        var glosses = haveDictionary ? terms : TermBase.Combine(terms, await CcCedict.LoadAsync(cancellationToken));
        return table.Analyze(text, glosses);
    }

    public static string Kind(SpinKind kind) => kind switch
    {
        SpinKind.Inversion => "inversion",
        SpinKind.Boundary => "boundary",
        SpinKind.NonWord => "non-word",
        SpinKind.RealWord => "real word",
        _ => "near-synonym",
    };

    public static Json.SpinJson ToJson(SpinReport report) => new(
        report.Verdict.ToString().ToLowerInvariant(),
        report.Score,
        report.Evidence.Select(e => new Json.EvidenceJson(e.Form, e.Count)).ToList(),
        report.Substitutions.Select(s => new Json.SubstitutionJson(
            s.Offset, s.Length, s.Spun, s.Original, Kind(s.Kind), s.Confidence.ToString().ToLowerInvariant(), s.Restored, s.Gloss)).ToList(),
        report.Gaps.Select(g => new Json.GapJson(g.Offset, g.Note)).ToList());

    /// <summary>The bundled table, with the user's pairs (if any) in front; their skipped lines are warnings.</summary>
    public static SpinTable Table(string? pairs, CliEnvironment environment) =>
        pairs is null ? SpinTable.Bundled : SpinTable.Combine(Load(pairs, environment), SpinTable.Bundled);

    private static SpinTable Load(string path, CliEnvironment environment)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The spin pairs file '{path}' does not exist.", path);
        }

        var table = SpinTable.Load(path);
        foreach (var issue in table.Issues)
        {
            environment.Error.WriteLine($"glossary: warning: {issue}");
        }

        environment.Warnings += table.Issues.Count;
        return table;
    }
}
