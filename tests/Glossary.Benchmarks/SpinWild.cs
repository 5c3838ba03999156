using System.Diagnostics;
using System.Globalization;
using Glossary.Spin;

namespace Glossary.Benchmarks;

/// <summary>
/// `spin-wild`: measures the spin table on spun text from the web (the shared development set and the mined pairs,
/// docs/spin.md): restoration held out by source file, verdicts on spun and clean passages, what the learned table
/// proposes in clean text, and speed. Prints Markdown tables.
/// </summary>
public static class SpinWild
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        if (!Directory.Exists(AlignedPairs.DevelopmentFolder))
        {
            Console.Error.WriteLine($"The development set is absent: {Path.GetFullPath(AlignedPairs.DevelopmentFolder)} (run from the repository root, beside ../shared).");
            return 1;
        }

        var development = AlignedPairs.Development();
        var mined = args.Contains("--no-mined") ? [] : AlignedPairs.Mined();
        var learner = new SpinLearner(new JiebaWords(), new CleanCorpora());
        var curated = SpinLearner.Curated;
        var learnedAll = SpinLearner.Table(learner.Learn(development.Concat(mined))).Kept;
        var full = SpinTable.Combine(curated, SpinLearner.ToTable(learnedAll));
        Console.WriteLine(string.Create(Inv, $"== Spin in the wild: {development.Count} dev pairs from {development.Select(p => p.SpunFile).Distinct().Count()} spun files, {mined.Count} mined pairs from {mined.Select(p => p.SpunFile).Distinct().Count()} files =="));
        Console.WriteLine(string.Create(Inv, $"curated table: {curated.Count} pairs; learned from all: {learnedAll.Count} pairs ({learnedAll.Count(p => p.Fingerprint)} fingerprints); combined: {full.Count}"));

        HeldOut(development, mined, learner, curated, full);
        Passages(full);
        Clean(full, learner.Clean);
        Speed(full, learner.Clean);
        return 0;
    }

    // Leave one spun source file out: its pairs are restored with a table learned from every other file. Dev pairs
    // sharing an original file with it and mined pairs from any of its files are left out of the learning too, so
    // nothing of the held-out file's text is seen.
    private static void HeldOut(List<AlignedPair> development, List<AlignedPair> mined, SpinLearner learner, SpinTable curated, SpinTable full)
    {
        Console.WriteLine();
        Console.WriteLine("### Restoration, held out by spun source file (micro totals)");
        var files = development.GroupBy(p => p.SpunFile).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var (heldOut, optimistic, baseline) = (new RestorationScore(), new RestorationScore(), new RestorationScore());
        var rows = new List<string>();
        foreach (var file in files)
        {
            var excluded = file.Select(p => p.SpunFile).Concat(file.Select(p => p.OriginalFile)).ToHashSet(StringComparer.Ordinal);
            var training = development.Concat(mined).Where(p => !SpinLearning.IsExcluded(p, excluded)).ToList();
            var table = SpinTable.Combine(curated, SpinLearner.ToTable(SpinLearner.Table(learner.Learn(training)).Kept));
            var one = new RestorationScore();
            one.Add(table, file.ToList());
            heldOut.Add(table, file.ToList());
            optimistic.Add(full, file.ToList());
            baseline.Add(curated, file.ToList());
            rows.Add(Row(file.Key, one, $"{table.Count - curated.Count:N0} learned"));
        }

        Console.WriteLine("| table | files | pairs | chars | judged spun | replacements | correct | precision | edit distance before → after | recall |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(Row("curated alone (baseline)", baseline));
        Console.WriteLine(Row("curated + learned from the other files (held out)", heldOut));
        Console.WriteLine(Row("curated + learned from all files (development, optimistic)", optimistic));
        Console.WriteLine();
        Console.WriteLine("Per held-out file:");
        Console.WriteLine();
        Console.WriteLine("| spun file | files | pairs | chars | judged spun | replacements | correct | precision | edit distance before → after | recall | table |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("Wrong held-out replacements (spun → restored, original there), most frequent first:");
        Console.WriteLine(string.Join(", ", heldOut.Wrong.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Spun, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Spun}→{g.Key.Restored} ({(g.Key.Original.Length == 0 ? "nothing" : g.Key.Original)})×{g.Count()}")));
    }

    private static string Row(string name, RestorationScore s, string? extra = null) => string.Create(Inv,
        $"| {name} | {s.Documents} | {s.Sentences} | {s.Characters:N0} | {s.SpunVerdicts} | {s.Replacements} | {s.Correct} | {Percent(s.Precision)} | {s.DistanceBefore:N0} → {s.DistanceAfter:N0} | {Percent(s.Recall)} |{(extra is null ? "" : $" {extra} |")}");

    private static string Percent(double share) => double.IsNaN(share) ? "–" : share.ToString("P1", Inv);

    private static void Passages(SpinTable table)
    {
        var passages = SpinPassage.Load();
        Console.WriteLine();
        Console.WriteLine("### Passages (curated + learned from all), each alone");
        Console.WriteLine("| passages | count | spun | unsure | clean |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var label in new[] { true, false })
        {
            var verdicts = passages.Where(p => p.Spun == label).Select(p => table.Analyze(p.Text).Verdict).ToList();
            Console.WriteLine(string.Create(Inv,
                $"| {(label ? "spun" : "clean")} | {verdicts.Count} | {verdicts.Count(v => v == SpinVerdict.Spun)} | {verdicts.Count(v => v == SpinVerdict.Unsure)} | {verdicts.Count(v => v == SpinVerdict.Clean)} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Misjudged passages:");
        foreach (var passage in passages)
        {
            var report = table.Analyze(passage.Text);
            if ((report.Verdict == SpinVerdict.Spun) != passage.Spun)
            {
                Console.WriteLine(string.Create(Inv, $"- {passage.Id} ({(passage.Spun ? "spun" : "clean")}, {passage.Text.Length:N0} chars): {report.Verdict}, score {report.Score:F2}, fingerprints {string.Join(' ', report.Evidence.Select(e => $"{e.Form}×{e.Count}"))}"));
            }
        }

        // TODO: SpinReport.Paragraphs, once on main: all 20 passages as one document ("\n\n" between them), and for each
        // passage the share of its characters in paragraphs judged spun (spun passages with ≥ 50 %, clean passages
        // with any).
        Console.WriteLine();
        Console.WriteLine("All passages as one document: per-paragraph verdicts await SpinReport.Paragraphs (not on main yet).");
    }

    // Clean text: what the full table does to it. Real-word substitutions (not a non-word or boundary form) are the
    // ones that can be wrong in clean text, so the first ones are listed with their context to be checked.
    private static void Clean(SpinTable table, CleanCorpora clean)
    {
        var corpora = new List<(string Name, IReadOnlyList<string> Texts)>
        {
            ("clean passages", SpinPassage.Load().Where(p => !p.Spun).Select(p => p.Text).ToList()),
            ("clean fixtures", clean.Fixtures),
        };
        if (clean.Debian.Count > 0)
        {
            corpora.Add(("Debian corpus", clean.Debian));
        }

        Console.WriteLine();
        Console.WriteLine("### Clean text (curated + learned from all)");
        Console.WriteLine("| corpus | documents | chars | judged spun | unsure | substitutions proposed | of which real-word |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var realWord = new List<string>();
        foreach (var (name, texts) in corpora)
        {
            var reports = texts.Select(t => table.Analyze(t)).ToList();
            var real = reports.SelectMany(r => r.Substitutions.Where(s => s.Kind is not (SpinKind.NonWord or SpinKind.Boundary)).Select(s => (r.Text, s))).ToList();
            realWord.AddRange(real.Select(p => $"{name}: {p.s.Spun}→{p.s.Original} ({p.s.Kind}) in “{Context(p.Text, p.s.Offset, p.s.Length)}”"));
            Console.WriteLine(string.Create(Inv,
                $"| {name} | {texts.Count:N0} | {texts.Sum(t => (long)t.Length):N0} | {reports.Count(r => r.Verdict == SpinVerdict.Spun)} | {reports.Count(r => r.Verdict == SpinVerdict.Unsure)} | {reports.Sum(r => r.Substitutions.Count)} | {real.Count} |"));
        }

        // TODO: paragraphs judged spun in clean text, from SpinReport.Paragraphs once it is on main.
        Console.WriteLine();
        Console.WriteLine(string.Create(Inv, $"Real-word substitutions proposed in clean text: {realWord.Count} (first 20)"));
        realWord.Take(20).ToList().ForEach(l => Console.WriteLine($"- {l}"));
        foreach (var report in corpora.SelectMany(c => c.Texts).Select(t => table.Analyze(t)).Where(r => r.Evidence.Count > 0).Take(20))
        {
            foreach (var s in report.Substitutions.Where(s => s.Kind is SpinKind.NonWord or SpinKind.Boundary).Take(3))
            {
                Console.WriteLine($"- fingerprint in clean text: {s.Spun}→{s.Original} in “{Context(report.Text, s.Offset, s.Length)}”");
            }
        }
    }

    private static string Context(string text, int offset, int length) =>
        text[Math.Max(0, offset - 8)..Math.Min(text.Length, offset + length + 8)].ReplaceLineEndings(" ");

    // Indicative figures (a shared 2-core machine): best of three after a warm-up, over the Debian corpus document by
    // document (the clean fixtures when it is absent).
    private static void Speed(SpinTable table, CleanCorpora clean)
    {
        var (name, texts) = clean.Debian.Count > 0 ? ("Debian corpus", clean.Debian) : ("clean fixtures", clean.Fixtures);
        var characters = texts.Sum(t => (long)t.Length);
        // TODO: SpinTable.Judge(text), the cheaper detection entry point, once it is on main.
        var detect = Best(() => texts.Count(t => table.Analyze(t).Verdict == SpinVerdict.Spun));
        var restore = Best(() => texts.Sum(t => table.Analyze(t).Restore().Replacements.Count));
        Console.WriteLine();
        Console.WriteLine(string.Create(Inv, $"### Speed (indicative: shared 2-core machine, best of 3 after a warm-up; {name}, {texts.Count:N0} documents, {characters:N0} chars, table of {table.Count} pairs)"));
        Console.WriteLine("| operation | seconds | chars/s |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine(string.Create(Inv, $"| detection (Analyze(text).Verdict) | {detect:F3} | {characters / detect / 1e6:F1} M |"));
        Console.WriteLine(string.Create(Inv, $"| restoration (Analyze + Restore) | {restore:F3} | {characters / restore / 1e6:F1} M |"));
    }

    private static double Best(Func<int> work)
    {
        work();
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            work();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
