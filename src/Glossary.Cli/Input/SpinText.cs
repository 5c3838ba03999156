using Glossary.Cli.Settings;
using Glossary.Dictionaries;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Cli.Input;

/// <summary>The spin table a command works with (the user's pairs before the bundled table), and the analysis of a text.</summary>
internal static class SpinText
{
    /// <summary>The bundled table, with the user's pairs (if any) in front; their skipped lines are warnings.</summary>
    public static SpinTable Table(SpinSettings settings, CliEnvironment environment)
    {
        if (settings.SpinPairs is not { } path)
        {
            return SpinTable.Bundled;
        }

        Inputs.RequireFile(path);
        var table = SpinTable.Load(path, settings.Strict);
        foreach (var issue in table.Issues)
        {
            environment.Error.WriteLine($"glossary: warning: {issue}");
        }

        environment.Warnings += table.Issues.Count;
        return SpinTable.Combine(table, SpinTable.Bundled);
    }

    /// <summary>
    /// Analyses <paramref name="text"/> with the corpus's spin table. The originals are glossed from the corpus's
    /// glossaries and dictionary and, in a text judged spun, from CC-CEDICT too (loaded only then: 手艺 → 技术 needs
    /// "technology", which a glossary rarely has).
    /// </summary>
    public static async Task<SpinReport> AnalyzeAsync(Corpus corpus, string text, CancellationToken cancellationToken)
    {
        // The first reading (and the word model it loads for a text that looks spun) runs before the dictionary is
        // awaited: CC-CEDICT loads on the other core meanwhile.
        var report = corpus.SpinTable.Analyze(text);
        if (report.Verdict != SpinVerdict.Spun && report.Substitutions.Count == 0)
        {
            return report;
        }

        var terms = await corpus.LayeredAsync();
        var glosses = await corpus.Dictionary is not null ? terms : TermBase.Combine(terms, await CcCedict.LoadAsync(cancellationToken));
        return corpus.SpinTable.Analyze(text, glosses);
    }

    /// <summary>A kind of substitution as the help and JSON spell it.</summary>
    public static string Kind(SpinKind kind) => kind switch
    {
        SpinKind.Inversion => "inversion",
        SpinKind.Boundary => "boundary",
        SpinKind.NonWord => "non-word",
        SpinKind.RealWord => "real word",
        _ => "near-synonym",
    };
}
