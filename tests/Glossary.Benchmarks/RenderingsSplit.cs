using System.Diagnostics;
using System.Globalization;
using Glossary.Querying;
using Glossary.Terms;
using static Glossary.Benchmarks.RenderingsMeasurement;

namespace Glossary.Benchmarks;

/// <summary>One split of the memory standing in for an index: its units, their stem n-grams and their frequencies.</summary>
internal sealed class RenderingsSplit
{
    private const int MinimumUnits = 3;

    private readonly List<Unit> _units;
    private readonly List<string> _solidStems;
    private readonly List<HashSet<string>> _grams;
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _chineseFrequency = new(StringComparer.Ordinal);

    public RenderingsSplit(List<Unit> units)
    {
        _units = units;
        Alignment = RenderingAlignment.Build(units.Select(u => (u.Id, u.Chinese, u.English)));
        _solidStems = [];
        _grams = [];
        foreach (var unit in units)
        {
            var tokens = RenderingGrams.EnglishTokens(unit.English);
            _solidStems.Add(" " + string.Join(' ', tokens.Select(t => t.Term)) + " ");
            var grams = RenderingGrams.EnglishGrams(unit.English, tokens).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            _grams.Add(grams);
            foreach (var gram in grams)
            {
                _frequency[gram] = _frequency.GetValueOrDefault(gram) + 1;
            }
        }
    }

    public int DelegateCalls { get; private set; }

    private int Frequency(IReadOnlyList<string> stems)
    {
        DelegateCalls++;
        return _frequency.GetValueOrDefault(string.Join(' ', stems));
    }

    private int ChineseFrequency(string text)
    {
        DelegateCalls++;
        if (!_chineseFrequency.TryGetValue(text, out var count))
        {
            _chineseFrequency[text] = count = _units.Count(u => u.Chinese.Contains(text, StringComparison.Ordinal));
        }

        return count;
    }

    private List<int> UnitsWith(string chinese) =>
        Enumerable.Range(0, _units.Count).Where(i => _units[i].Chinese.Contains(chinese, StringComparison.Ordinal)).ToList();

    public TermBase? Dictionary { get; init; }

    // The memory's word alignment, learned from the split's own units (never from the list).
    public RenderingAlignment? Alignment { get; set; }

    public bool Quiet { get; init; }

    public string QuietLabel { get; init; } = "without the CC-CEDICT prior";

    public IReadOnlyList<Rendering> Renderings(string chinese, List<int> with) =>
        RenderingFinder.Find(with.ConvertAll(i => (_units[i].Id, _units[i].English)), Frequency, _units.Count, Glosses(chinese), term: chinese, alignment: Alignment);

    // The prior: CC-CEDICT's glosses for the term, as a glossary built on it would give them (notes in brackets and
    // classifiers left out). Never the TICO-19 list itself.
    private List<(string, TermStatus)> Glosses(string chinese) => Dictionary is null ? [] :
        Dictionary.FindAll(chinese).SelectMany(e => e.Translations).Where(t => !t.IsClassifier)
            .Select(t => (StripNotes(t.Text).Trim(), TermStatus.Unspecified)).Where(t => t.Item1.Length > 0).ToList();

    private static string? Solid(string english) => RenderingGrams.EnglishKey(english) is { } key ? RenderingGrams.Solid(key) : null;

    private static bool Within(string inner, string outer) => $" {outer} ".Contains($" {inner} ", StringComparison.Ordinal);

    public void Evaluate(string name, Dictionary<string, List<string>> terms, TermBase dictionary, bool detail)
    {
        int evaluated = 0, hits = 0, frequentHits = 0, diceHits = 0, lenientHits = 0, frequentLenient = 0, diceLenient = 0;
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var (chinese, english) in terms)
        {
            var with = UnitsWith(chinese);
            if (with.Count < MinimumUnits)
            {
                continue;
            }

            evaluated++;
            var golds = english.Select(Solid).OfType<string>().Distinct().ToList();
            var renderings = Renderings(chinese, with);
            var top = renderings.Count > 0 ? Solid(renderings[0].Text) : null;

            // The naive baselines: the single stem most units share with the term, and the one with the best Dice.
            var counts = with.SelectMany(i => _grams[i].Where(g => !g.Contains(' ', StringComparison.Ordinal)))
                .GroupBy(g => g, StringComparer.Ordinal).Select(g => (Stem: g.Key, Count: g.Count())).ToList();
            var frequent = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Stem, StringComparer.Ordinal).FirstOrDefault().Stem;
            var dice = counts.OrderByDescending(c => 2.0 * c.Count / (with.Count + _frequency[c.Stem])).ThenBy(c => c.Stem, StringComparer.Ordinal).FirstOrDefault().Stem;
            frequentHits += golds.Contains(frequent ?? "") ? 1 : 0;
            diceHits += golds.Contains(dice ?? "") ? 1 : 0;

            // A more lenient reading, reported beside the strict one and never instead of it: the top rendering's stems
            // are a run of a list term's, or the other way round (washing for washing hands, COVID-19 for COVID).
            bool Lenient(string? t) => t is not null && golds.Any(g => Within(g, t) || Within(t, g));
            frequentLenient += Lenient(frequent) ? 1 : 0;
            diceLenient += Lenient(dice) ? 1 : 0;
            lenientHits += Lenient(top) ? 1 : 0;

            if (top is not null && golds.Contains(top))
            {
                hits++;
                continue;
            }

            var kind = Kind(chinese, with, golds, top, dictionary);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var rank = renderings.Select((r, i) => (r, i)).FirstOrDefault(p => golds.Contains(Solid(p.r.Text) ?? "")).i;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"    {kind,-26} {chinese} ({with.Count} units) gold: {string.Join(" | ", english)}; top: {(renderings.Count > 0 ? $"{renderings[0].Text} ×{renderings[0].Count}" : "(none)")}; gold's rank: {(rank > 0 ? (rank + 1).ToString(CultureInfo.InvariantCulture) : "—")}; then: {string.Join(", ", renderings.Skip(1).Take(3).Select(r => $"{r.Text} ×{r.Count}"))}"));
        }

        string Percent(int n) => string.Create(CultureInfo.InvariantCulture, $"{n} ({100.0 * n / Math.Max(1, evaluated):F1} %)");
        if (Quiet)
        {
            Console.WriteLine($"{QuietLabel}: hits {Percent(hits)}; misses by kind: " + string.Join("; ", kinds.Select(k => $"{k.Key} {k.Value}")));
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"-- {name}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"terms evaluated: {evaluated}; hits: {Percent(hits)}"));
        Console.WriteLine($"baseline, most frequent co-occurring stem: {Percent(frequentHits)}; baseline, single stem with the best Dice: {Percent(diceHits)}");
        Console.WriteLine($"lenient reading (top within a list term or containing one): renderings {Percent(lenientHits)}; most frequent stem {Percent(frequentLenient)}; best-Dice stem {Percent(diceLenient)}");
        Console.WriteLine("misses by kind: " + string.Join("; ", kinds.Select(k => $"{k.Key} {k.Value}")));
        if (detail)
        {
            lines.ForEach(Console.WriteLine);
        }
    }

    // Why the top rendering is not one of the list's terms, first kind that applies.
    private string Kind(string chinese, List<int> with, List<string> golds, string? top, TermBase dictionary)
    {
        if (!golds.Any(g => with.Any(i => _solidStems[i].Contains($" {g} ", StringComparison.Ordinal))))
        {
            return "gold not in the units";
        }

        if (top is null)
        {
            return "no rendering";
        }

        if (golds.Any(g => Within(g, top)))
        {
            return "longer than the gold";
        }

        if (golds.Any(g => Within(top, g)))
        {
            return "shorter than the gold";
        }

        var glosses = dictionary.FindAll(chinese).SelectMany(e => e.Glosses).Select(g => Solid(StripNotes(g))).OfType<string>();
        if (glosses.Any(g => g == top || Within(top, g)))
        {
            return "synonym (CC-CEDICT gloss)";
        }

        return golds.Any(g => g.Split(' ').Intersect(top.Split(' ')).Any()) ? "overlaps the gold" : "another word";
    }

    private static string StripNotes(string gloss)
    {
        var open = gloss.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : gloss.IndexOf(')', open);
        return open >= 0 && close > open ? StripNotes(gloss[..open] + gloss[(close + 1)..]) : gloss;
    }

    // English → Chinese: for every English term of the list that occurs (as a phrase of stems) in >= 3 units, whether
    // the top Chinese rendering is exactly one of the list's Chinese forms for it.
    public void Reverse(Dictionary<string, List<string>> terms)
    {
        var byEnglish = new Dictionary<string, (string Key, HashSet<string> Chinese)>(StringComparer.Ordinal);
        foreach (var (chinese, english) in terms)
        {
            foreach (var e in english)
            {
                if (RenderingGrams.EnglishKey(e) is { } key)
                {
                    (byEnglish.TryGetValue(key, out var entry) ? entry : byEnglish[key] = (e, new HashSet<string>(StringComparer.Ordinal))).Chinese.Add(chinese);
                }
            }
        }

        int evaluated = 0, hits = 0;
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var (key, (english, golds)) in byEnglish)
        {
            var with = Enumerable.Range(0, _units.Count).Where(i => _grams[i].Contains(key)).ToList();
            if (with.Count < MinimumUnits)
            {
                continue;
            }

            evaluated++;
            var renderings = RenderingFinder.FindChinese(with.ConvertAll(i => (_units[i].Id, _units[i].Chinese)), ChineseFrequency, _units.Count, []);
            var top = renderings.Count > 0 ? renderings[0].Text : null;
            if (top is not null && golds.Contains(top))
            {
                hits++;
                continue;
            }

            var kind = !golds.Any(g => with.Any(i => _units[i].Chinese.Contains(g, StringComparison.Ordinal))) ? "gold not in the units"
                : top is null ? "no rendering"
                : golds.Any(g => top.Contains(g, StringComparison.Ordinal)) ? "longer than the gold"
                : golds.Any(g => g.Contains(top, StringComparison.Ordinal)) ? "shorter than the gold"
                : "another word";
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            lines.Add($"    {kind,-26} {english} ({with.Count} units) gold: {string.Join(" | ", golds)}; top: {top} ; then: {string.Join(", ", renderings.Skip(1).Take(3).Select(r => $"{r.Text} ×{r.Count}"))}");
        }

        Console.WriteLine();
        Console.WriteLine("-- reverse direction (English term → Chinese renderings), all units");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"English terms evaluated: {evaluated}; top rendering exactly one of the list's Chinese forms: {hits} ({100.0 * hits / Math.Max(1, evaluated):F1} %)"));
        Console.WriteLine("misses by kind: " + string.Join("; ", kinds.Select(k => $"{k.Key} {k.Value}")));
        lines.ForEach(Console.WriteLine);
    }

    // The look-up with renderings: the units holding the term (an ordinal scan, standing in for the index's exact
    // look-up) and the renderings, for every evaluated term; five rounds after one to warm up.
    public void Time(Dictionary<string, List<string>> terms)
    {
        var evaluated = terms.Keys.Where(t => UnitsWith(t).Count >= MinimumUnits).ToList();
        var times = new List<double>();
        var calls = new List<int>();
        for (var round = 0; round < 6; round++)
        {
            foreach (var term in evaluated)
            {
                DelegateCalls = 0;
                var watch = Stopwatch.StartNew();
                var with = UnitsWith(term);
                _ = Renderings(term, with);
                watch.Stop();
                if (round > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    calls.Add(DelegateCalls);
                }
            }
        }

        times.Sort();
        calls.Sort();
        var build = Stopwatch.StartNew();
        var alignment = RenderingAlignment.Build(_units.Select(u => (u.Id, u.Chinese, u.English)));
        build.Stop();
        double At(double q) => times[(int)Math.Min(times.Count - 1, Math.Floor(q * times.Count))];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"-- look-up time (units found by ordinal scan of {_units.Count:N0} units + renderings; frequencies from memory), {evaluated.Count} terms × 5 rounds: p50 {At(0.5):F2} ms, p95 {At(0.95):F2} ms, max {times[^1]:F2} ms; frequency look-ups per term: median {calls[calls.Count / 2]}, max {calls[^1]}; building the alignment of the {alignment.Units:N0} units once: {build.Elapsed.TotalMilliseconds:F0} ms"));
    }
}

internal static class RenderingsExplain
{
    public static void Explain(List<Unit> units, string term)
    {
        var grams = units.Select(u => RenderingGrams.EnglishGrams(u.English).Select(g => g.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var df = grams.SelectMany(g => g).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var with = Enumerable.Range(0, units.Count).Where(i => units[i].Chinese.Contains(term, StringComparison.Ordinal)).ToList();
        Console.WriteLine($"{term}: {with.Count} units");
        foreach (var i in with.Take(12))
        {
            Console.WriteLine($"  {units[i].Id}: {units[i].Chinese} | {units[i].English}");
            Console.WriteLine("     words: " + string.Join(" ", RenderingGrams.ChineseTokens(units[i].Chinese).Select(t => t.Term)));
        }

        foreach (var (key, c) in with.SelectMany(i => grams[i]).GroupBy(g => g).Select(g => (g.Key, g.Count())).OrderByDescending(p => 2.0 * p.Item2 / (with.Count + df[p.Key])).Take(15))
        {
            Console.WriteLine($"  [{key}] c={c} df={df[key]} dice={2.0 * c / (with.Count + df[key]):F3}");
        }
    }
}
