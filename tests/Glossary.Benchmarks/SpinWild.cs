using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Glossary.Spin;
using Glossary.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// `spin-wild`: measures the spin table on spun text from the web (the shared development set and the mined pairs,
/// docs/spin.md): restoration held out by source file (split by the kind of pair) and by fold of source files (each
/// fold's sentences one text), verdicts on spun and clean passages
/// (alone, and per paragraph with all of them as one document), what the learned table proposes in clean text, and
/// speed; then the same figures for the table as shipped (<see cref="SpinTable.Bundled"/>), which are development
/// figures since it was learned from these pairs. Prints Markdown tables.
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

        var watch = Stopwatch.StartNew();
        var development = AlignedPairs.Development();
        var mined = AlignedPairs.Mined(args);
        var learner = new SpinLearner(new JiebaWords(), new CleanCorpora());
        var (curated, shipped) = (SpinTable.Curated, SpinTable.Bundled);
        var learnedAll = SpinLearner.Table(learner.Learn(development.Concat(mined))).Kept;
        var full = SpinTable.Combine(curated, SpinLearner.ToTable(learnedAll));
        var kinds = new RestorationKinds(learner, learnedAll);
        Console.WriteLine(string.Create(Inv, $"== Spin in the wild: {development.Count} dev pairs from {development.Select(p => p.SpunFile).Distinct().Count()} spun files, {mined.Count} mined pairs from {mined.Select(p => p.SpunFile).Distinct().Count()} files =="));
        Console.WriteLine(string.Create(Inv, $"curated table (SpinTable.Curated): {curated.Count} pairs; learned from all: {learnedAll.Count} pairs ({learnedAll.Count(p => p.Fingerprint)} fingerprints); curated + learned from all: {full.Count}; shipped (SpinTable.Bundled): {shipped.Count}"));

        HeldOut(development, mined, learner, curated, full, kinds);
        HeldOutAll(development, mined, learner, curated, kinds, args.SkipWhile(a => a != "--fresh-from").Skip(1).FirstOrDefault());
        HeldOutByFold(development, mined, learner, curated, kinds);
        const string All = "curated + learned from all";
        Passages(full, All);
        Clean(full, All, learner.Clean);
        Speed(full, All, learner.Clean);
        Shipped(development, shipped, kinds, learner.Clean);
        ShippedOnFresh(mined, shipped, kinds, args.SkipWhile(a => a != "--fresh-from").Skip(1).FirstOrDefault());
        Console.WriteLine();
        Console.WriteLine(string.Create(Inv, $"(spin-wild ran in {watch.Elapsed.TotalSeconds:F0} s)"));
        return 0;
    }

    // Leave one spun source file out: its pairs are restored with a table learned from every other file. Dev pairs
    // sharing an original file with it and mined pairs from any of its files are left out of the learning too, so
    // nothing of the held-out file's text is seen.
    private static void HeldOut(List<AlignedPair> development, List<AlignedPair> mined, SpinLearner learner, SpinTable curated, SpinTable full, RestorationKinds kinds)
    {
        Console.WriteLine();
        Console.WriteLine("### Restoration, held out by spun source file (micro totals)");
        var (optimistic, baseline) = (new RestorationScore(), new RestorationScore());
        var rows = new List<string>();
        var heldOut = LeaveOneFileOut(ByFile(development), development.Concat(mined).ToList(), learner, curated, kinds, (file, table, learned) =>
        {
            var one = new RestorationScore();
            one.Add(table, file);
            optimistic.Add(full, file, kinds);
            baseline.Add(curated, file, kinds);
            rows.Add(Row(file[0].SpunFile, one, $"{learned:N0} learned"));
        });

        Console.WriteLine(Header);
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
        ByKind("Held out, by kind", heldOut);
        ByKind("Curated alone, by kind", baseline);
        Console.WriteLine("Wrong held-out replacements (spun → restored, original there), the 15 most frequent:");
        Console.WriteLine(Wrong(heldOut, 15));
    }

    // Each spun source file (or group of them: a fold) in turn: its pairs (one document) are restored with curated + a table learned from the
    // pairs of `all` that share none of its spun or original files, and scored (by kind); `each` sees the file, that
    // table and how many learned pairs it kept.
    private static RestorationScore LeaveOneFileOut(List<List<AlignedPair>> files, List<AlignedPair> all, SpinLearner learner, SpinTable curated, RestorationKinds kinds, Action<List<AlignedPair>, SpinTable, int>? each = null)
    {
        var score = new RestorationScore();
        foreach (var file in files)
        {
            var excluded = file.Select(p => p.SpunFile).Concat(file.Select(p => p.OriginalFile)).ToHashSet(StringComparer.Ordinal);
            var learned = SpinLearner.Table(learner.Learn(all.Where(p => !SpinLearning.IsExcluded(p, excluded)).ToList())).Kept;
            var table = SpinTable.Combine(curated, SpinLearner.ToTable(learned));
            score.Add(table, file, kinds);
            each?.Invoke(file, table, learned.Count);
        }

        return score;
    }

    // The same leave-one-file-out figure over every aligned pair, dev and mined: each of their spun files held out in
    // turn (the mined ones restored with a table learned from the dev pairs and the other mined files).
    // With `fresh` (a mined pair id), the spun files whose pairs all come at or after it (mined after the rules were
    // set) are also scored on their own: figures on data no threshold was tuned on.
    private static void HeldOutAll(List<AlignedPair> development, List<AlignedPair> mined, SpinLearner learner, SpinTable curated, RestorationKinds kinds, string? fresh)
    {
        Console.WriteLine();
        Console.WriteLine("### Restoration, held out by spun source file, all aligned pairs (dev + mined) (micro totals)");
        if (mined.Count == 0)
        {
            Console.WriteLine($"No mined pairs ({AlignedPairs.MinedPath} absent, or --no-mined): skipped.");
            return;
        }

        var watch = Stopwatch.StartNew();
        var all = development.Concat(mined).ToList();
        var files = ByFile(all);
        var freshScore = new RestorationScore();
        var score = LeaveOneFileOut(files, all, learner, curated, kinds, (file, table, _) =>
        {
            if (fresh is not null && file.All(p => p.SpunFile.StartsWith("web:", StringComparison.Ordinal) && string.CompareOrdinal(p.Id, fresh) >= 0))
            {
                freshScore.Add(table, file, kinds);
            }
        });
        Console.WriteLine(string.Create(Inv, $"{files.Count} spun files held out in turn, one learning run each ({watch.Elapsed.TotalSeconds:F0} s):"));
        Console.WriteLine(Header);
        Console.WriteLine(Row("curated + learned from the other files (held out), dev + mined", score));
        if (fresh is not null)
        {
            Console.WriteLine(Row($"of which the files mined from pair {fresh} on (after the rules were set)", freshScore));
        }
        Console.WriteLine();
        ByKind("Held out, all aligned pairs (dev + mined), by kind", score);
        Console.WriteLine("Wrong held-out replacements, all aligned pairs (spun → restored, original there), the 40 most frequent:");
        Console.WriteLine(Wrong(score, 40));
    }

    // Spun text is judged as a whole page: the spun source files are split into 5 folds, and each fold's pairs (all
    // its sentences, "\n" between them) are analysed and restored as ONE document, with curated + a table learned
    // from the pairs sharing none of the fold's spun or original files. Over all aligned pairs (dev + mined), and over
    // the dev files alone (learned from the others, mined pairs included, as the per-file dev figures above).
    private static void HeldOutByFold(List<AlignedPair> development, List<AlignedPair> mined, SpinLearner learner, SpinTable curated, RestorationKinds kinds)
    {
        Console.WriteLine();
        Console.WriteLine("### Restoration, held out by fold of spun source files, each fold's sentences as one text (micro totals)");
        var all = development.Concat(mined).ToList();
        var variants = new List<(string Title, List<AlignedPair> HeldOut)>();
        if (mined.Count == 0)
        {
            Console.WriteLine($"No mined pairs ({AlignedPairs.MinedPath} absent, or --no-mined): dev pairs only.");
        }
        else
        {
            variants.Add(("held out by fold of spun source files, each fold's sentences as one text (dev + mined)", all));
        }

        variants.Add(("held out by fold of spun source files, each fold's sentences as one text (dev)", development));
        Console.WriteLine();
        Console.WriteLine("| table | folds | files | pairs | chars | folds judged spun | paragraphs judged spun / paragraphs | replacements | correct | precision | edit distance before → after | recall |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var scores = new List<(string Title, RestorationScore Score)>();
        foreach (var (title, heldOut) in variants)
        {
            var folds = Folds(heldOut, 5);
            var s = LeaveOneFileOut(folds, all, learner, curated, kinds);
            scores.Add((title, s));
            Console.WriteLine(string.Create(Inv,
                $"| curated + learned from the other folds, {title} | {s.Documents} | {heldOut.Select(p => p.SpunFile).Distinct().Count()} | {s.Sentences} | {s.Characters:N0} | {s.SpunVerdicts} | {s.SpunParagraphs} / {s.Paragraphs} | {s.Replacements} | {s.Correct} | {Percent(s.Precision)} | {s.DistanceBefore:N0} → {s.DistanceAfter:N0} | {Percent(s.Recall)} |"));
        }

        Console.WriteLine();
        scores.ForEach(s => ByKind($"Restoration, {s.Title}, by kind", s.Score));
    }

    // The pairs grouped by the fold of their spun file (the id as held, with its provenance, e.g. dev:34549239012):
    // the first byte of the SHA-256 of its UTF-8 bytes, mod `count`. Empty folds are left out.
    private static List<List<AlignedPair>> Folds(List<AlignedPair> pairs, int count) =>
        ByFile(pairs).GroupBy(file => SHA256.HashData(Encoding.UTF8.GetBytes(file[0].SpunFile))[0] % count).OrderBy(g => g.Key)
            .Select(g => g.SelectMany(file => file).ToList()).ToList();

    private static List<List<AlignedPair>> ByFile(List<AlignedPair> pairs) =>
        pairs.GroupBy(p => p.SpunFile).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();

    private static string Wrong(RestorationScore score, int count) =>
        string.Join(", ", score.Wrong.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Spun, StringComparer.Ordinal).ThenBy(g => g.Key.Restored, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Original, StringComparer.Ordinal).Take(count)
            .Select(g => $"{g.Key.Spun}→{g.Key.Restored} ({(g.Key.Original.Length == 0 ? "nothing" : g.Key.Original)})×{g.Count()}"))
        is { Length: > 0 } list ? list : "none";

    // Precision by the kind of the table's pair restored (where wrong restorations come from); recall by the kind of
    // the substitution in the pairs (what is left unrestored).
    private static void ByKind(string title, RestorationScore score)
    {
        Console.WriteLine($"{title} (precision: by the kind of the pair restored; recall: by the kind of the substitution in the pairs, the share that reads as the original after restoring; in the table: those the table has, spun form and original, which bounds recall):");
        Console.WriteLine();
        Console.WriteLine("| kind | replacements | correct | precision | substitutions in the pairs | in the table | restored to the original | recall |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var kind in RestorationKinds.Labels.Where(k => score.ByRestoredKind.ContainsKey(k) || score.BySubstitutionKind.ContainsKey(k)))
        {
            var (replacements, correct) = score.ByRestoredKind.GetValueOrDefault(kind);
            var (substitutions, restored) = score.BySubstitutionKind.GetValueOrDefault(kind);
            Console.WriteLine(string.Create(Inv,
                $"| {kind} | {replacements} | {correct} | {Percent(replacements == 0 ? double.NaN : (double)correct / replacements)} | {substitutions} | {score.InTableByKind.GetValueOrDefault(kind)} | {restored} | {Percent(substitutions == 0 ? double.NaN : (double)restored / substitutions)} |"));
        }

        Console.WriteLine();
    }

    private const string Header = "| table | files | pairs | chars | judged spun | replacements | correct | precision | edit distance before → after | recall |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    private static string Row(string name, RestorationScore s, string? extra = null) => string.Create(Inv,
        $"| {name} | {s.Documents} | {s.Sentences} | {s.Characters:N0} | {s.SpunVerdicts} | {s.Replacements} | {s.Correct} | {Percent(s.Precision)} | {s.DistanceBefore:N0} → {s.DistanceAfter:N0} | {Percent(s.Recall)} |{(extra is null ? "" : $" {extra} |")}");

    private static string Percent(double share) => double.IsNaN(share) ? "–" : share.ToString("P1", Inv);

    // The table as shipped, on the spun files mined from the pair `fresh` on: when the shipped table was learned before
    // they were mined, neither its pairs nor any threshold has seen them — the product as a user gets it, on new text.
    private static void ShippedOnFresh(List<AlignedPair> mined, SpinTable shipped, RestorationKinds kinds, string? fresh)
    {
        if (fresh is null)
        {
            return;
        }

        var score = new RestorationScore();
        foreach (var file in ByFile(mined).Where(f => f.All(p => string.CompareOrdinal(p.Id, fresh) >= 0)))
        {
            score.Add(shipped, file, kinds);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(Inv, $"### The shipped table on the files mined from pair {fresh} on (unseen only if the table was learned before they were mined)"));
        Console.WriteLine(Header);
        Console.WriteLine(Row($"shipped (SpinTable.Bundled), files from {fresh}", score));
        Console.WriteLine();
        ByKind("Shipped, on those files, by kind", score);
        Console.WriteLine("Wrong replacements (spun → restored, original there), the 15 most frequent:");
        Console.WriteLine(Wrong(score, 15));
    }

    // The table as shipped (SpinTable.Bundled: curated + src/Glossary/Spin/spin-pairs-learned.tsv), not re-learned.
    // It was learned from these very pairs (and the mined ones), so its restoration figures are development figures.
    private static void Shipped(List<AlignedPair> development, SpinTable shipped, RestorationKinds kinds, CleanCorpora clean)
    {
        Console.WriteLine();
        Console.WriteLine("## Shipped table (SpinTable.Bundled as shipped, not re-learned: DEVELOPMENT figures, it was learned from these pairs)");
        Console.WriteLine();
        Console.WriteLine(string.Create(Inv, $"### Restoration on all dev pairs, shipped table ({shipped.Count} pairs; each spun file one document; development figures)"));
        var score = new RestorationScore();
        foreach (var file in ByFile(development))
        {
            score.Add(shipped, file, kinds);
        }

        Console.WriteLine(Header);
        Console.WriteLine(Row("shipped (SpinTable.Bundled), development", score));
        Console.WriteLine();
        ByKind("Shipped, by kind (development)", score);
        Console.WriteLine("Wrong replacements of the shipped table (spun → restored, original there), the 15 most frequent:");
        Console.WriteLine(Wrong(score, 15));
        const string Label = "shipped table, development";
        Passages(shipped, Label);
        Clean(shipped, Label, clean);
        Speed(shipped, Label, clean);
    }

    private static void Passages(SpinTable table, string label)
    {
        var passages = SpinPassage.Load();
        Console.WriteLine();
        Console.WriteLine($"### Passages ({label}), each alone");
        Console.WriteLine("| passages | count | spun | unsure | clean |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var reports = passages.Select(p => table.Analyze(p.Text)).ToList();
        foreach (var spun in new[] { true, false })
        {
            var verdicts = passages.Select((p, i) => (p, i)).Where(x => x.p.Spun == spun).Select(x => reports[x.i].Verdict).ToList();
            Console.WriteLine(string.Create(Inv,
                $"| {(spun ? "spun" : "clean")} | {verdicts.Count} | {verdicts.Count(v => v == SpinVerdict.Spun)} | {verdicts.Count(v => v == SpinVerdict.Unsure)} | {verdicts.Count(v => v == SpinVerdict.Clean)} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Misjudged passages:");
        for (var i = 0; i < passages.Count; i++)
        {
            var (passage, report) = (passages[i], reports[i]);
            if ((report.Verdict == SpinVerdict.Spun) != passage.Spun)
            {
                Console.WriteLine(string.Create(Inv, $"- {passage.Id} ({(passage.Spun ? "spun" : "clean")}, {passage.Text.Length:N0} chars): {report.Verdict}, score {report.Score:F2}, fingerprints {string.Join(' ', report.Evidence.Select(e => $"{e.Form}×{e.Count}"))}"));
            }
        }

        // All passages as one document, "\n\n" between them: the paragraph verdicts say which parts are spun. A
        // passage counts by the share of its Han characters that lie in paragraphs judged spun.
        var document = string.Join("\n\n", passages.Select(p => p.Text));
        var whole = table.Analyze(document);
        var starts = new int[passages.Count];
        for (var i = 1; i < passages.Count; i++)
        {
            starts[i] = starts[i - 1] + passages[i - 1].Text.Length + 2;
        }

        var spunHan = new int[passages.Count];
        foreach (var paragraph in whole.Paragraphs.Where(p => p.Verdict == SpinVerdict.Spun))
        {
            var i = Array.FindLastIndex(starts, s => s <= paragraph.Offset);
            spunHan[i] += Han.Count(document.AsSpan(paragraph.Offset, paragraph.Length));
        }

        var shares = passages.Select((p, i) => (p, Share: Han.Count(p.Text) == 0 ? 0 : (double)spunHan[i] / Han.Count(p.Text))).ToList();
        Console.WriteLine();
        Console.WriteLine(string.Create(Inv,
            $"All {passages.Count} passages as one document (\"\\n\\n\" between them; verdict {whole.Verdict}, {whole.Paragraphs.Count} paragraphs, {whole.Paragraphs.Count(p => p.Verdict == SpinVerdict.Spun)} judged spun, {whole.Paragraphs.Count(p => p.Verdict == SpinVerdict.Unsure)} unsure):"));
        Console.WriteLine();
        Console.WriteLine("| passages | count | Han chars in spun paragraphs ≥ 50 % | any paragraph judged spun |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var spun in new[] { true, false })
        {
            var group = shares.Where(s => s.p.Spun == spun).ToList();
            Console.WriteLine(string.Create(Inv, $"| {(spun ? "spun" : "clean")} | {group.Count} | {group.Count(s => s.Share >= 0.5)} | {group.Count(s => s.Share > 0)} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Share of each passage's Han characters in paragraphs judged spun: " +
            string.Join(", ", shares.Select(s => string.Create(Inv, $"{s.p.Id}{(s.p.Spun ? "" : " (clean)")} {s.Share:P0}"))));
    }

    // Clean text: what the table does to it. Real-word substitutions (not a non-word or boundary form) are the
    // ones that can be wrong in clean text, so the first ones are listed with their context to be checked; so are
    // the first paragraphs judged spun, and the indicators found (what makes a clean document unsure).
    private static void Clean(SpinTable table, string label, CleanCorpora clean)
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
        Console.WriteLine($"### Clean text ({label})");
        Console.WriteLine("| corpus | documents | chars | judged spun | unsure | paragraphs | paragraphs judged spun | paragraphs unsure | substitutions proposed | of which real-word |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var (realWord, spunParagraphs, evidence) = (new List<string>(), new List<string>(), new List<(string Corpus, string Form, int Count)>());
        foreach (var (name, texts) in corpora)
        {
            var reports = texts.Select(t => table.Analyze(t)).ToList();
            var real = reports.SelectMany(r => r.Substitutions.Where(s => s.Kind is not (SpinKind.NonWord or SpinKind.Boundary)).Select(s => (r.Text, s))).ToList();
            realWord.AddRange(real.Select(p => $"{name}: {p.s.Spun}→{p.s.Original} ({p.s.Kind}) in “{Context(p.Text, p.s.Offset, p.s.Length)}”"));
            spunParagraphs.AddRange(reports.SelectMany(r => r.Paragraphs.Where(p => p.Verdict == SpinVerdict.Spun).Select(p => string.Create(Inv,
                $"{name}: evidence {p.Evidence}, “{Excerpt(r.Text.Substring(p.Offset, p.Length))}” ({string.Join(' ', r.Substitutions.Where(s => s.Offset >= p.Offset && s.Offset < p.Offset + p.Length).Select(s => $"{s.Spun}→{s.Original}"))})"))));
            evidence.AddRange(reports.SelectMany(r => r.Evidence).Select(e => (name, e.Form, e.Count)));
            var paragraphs = reports.SelectMany(r => r.Paragraphs).ToList();
            Console.WriteLine(string.Create(Inv,
                $"| {name} | {texts.Count:N0} | {texts.Sum(t => (long)t.Length):N0} | {reports.Count(r => r.Verdict == SpinVerdict.Spun)} | {reports.Count(r => r.Verdict == SpinVerdict.Unsure)} | {paragraphs.Count:N0} | {paragraphs.Count(p => p.Verdict == SpinVerdict.Spun)} | {paragraphs.Count(p => p.Verdict == SpinVerdict.Unsure)} | {reports.Sum(r => r.Substitutions.Count)} | {real.Count} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(Inv, $"Paragraphs judged spun in clean text: {spunParagraphs.Count} (first 10)"));
        spunParagraphs.Take(10).ToList().ForEach(l => Console.WriteLine($"- {l}"));
        Console.WriteLine(string.Create(Inv, $"Real-word substitutions proposed in clean text: {realWord.Count} (first 20)"));
        realWord.Take(20).ToList().ForEach(l => Console.WriteLine($"- {l}"));
        var indicators = evidence.GroupBy(e => (e.Corpus, e.Form)).Select(g => (g.Key.Corpus, g.Key.Form, Count: g.Sum(e => e.Count), Documents: g.Count()))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Corpus, StringComparer.Ordinal).ThenBy(e => e.Form, StringComparer.Ordinal).ToList();
        Console.WriteLine(string.Create(Inv,
            $"Indicators of spinning found in clean text (fingerprints and strongly unlikely words): {indicators.Sum(e => e.Count)} in {indicators.Count} corpus × form; most frequent 20: {string.Join(", ", indicators.Take(20).Select(e => $"{e.Form}×{e.Count} ({e.Corpus}, {e.Documents} doc.)"))}"));
    }

    private static string Context(string text, int offset, int length) =>
        text[Math.Max(0, offset - 8)..Math.Min(text.Length, offset + length + 8)].ReplaceLineEndings(" ");

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // Indicative figures (a shared 2-core machine): best of three after a warm-up, over the Debian corpus document by
    // document (the clean fixtures when it is absent).
    private static void Speed(SpinTable table, string label, CleanCorpora clean)
    {
        var (name, texts) = clean.Debian.Count > 0 ? ("Debian corpus", clean.Debian) : ("clean fixtures", clean.Fixtures);
        var characters = texts.Sum(t => (long)t.Length);
        var detect = Best(() => texts.Count(t => table.Judge(t) == SpinVerdict.Spun));
        var analyze = Best(() => texts.Count(t => table.Analyze(t).Verdict == SpinVerdict.Spun));
        var restore = Best(() => texts.Sum(t => table.Analyze(t).Restore().Replacements.Count));
        Console.WriteLine();
        Console.WriteLine(string.Create(Inv, $"### Speed ({label}; indicative: shared 2-core machine, best of 3 after a warm-up; {name}, {texts.Count:N0} documents, {characters:N0} chars, table of {table.Count} pairs)"));
        Console.WriteLine("| operation | seconds | chars/s |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine(string.Create(Inv, $"| detection (Judge(text)) | {detect:F3} | {characters / detect / 1e6:F1} M |"));
        Console.WriteLine(string.Create(Inv, $"| analysis (Analyze(text), for comparison) | {analyze:F3} | {characters / analyze / 1e6:F1} M |"));
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
