using System.Diagnostics;
using System.Text.RegularExpressions;
using Glossary.Bilingual;
using Glossary.Checking;
using Glossary.Dictionaries;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Benchmarks;

// Measures `glossary check` on TICO-19 (shared beside the repository) with planted errors, in both directions:
// English → Chinese as the memory is, and Chinese → English with each unit's sides swapped. The glossary is the
// TICO-19 term list (Chinese form → its English terms); CC-CEDICT decides word boundaries.
//
// A unit is eligible for a term when, by a check independent of the checker (a whole-word, case-insensitive regex
// for the English term with an optional plural s; an ordinal substring for the Chinese form), the source holds the
// term and the target its translation, and the unmodified memory gives no finding for that unit and term. In each
// eligible unit (at most one plant per unit, first eligible term), one error is planted, seeded:
//   missing:   the translation in the target is replaced by another list term's translation (a wrong term);
//   forbidden: the same replacement, with the replacement added to the entry as a forbidden translation;
//   inconsistent: the same replacement, added to the entry as an admitted translation, once per term, in a term
//                 that other units render as the memory does and the unmodified memory renders one way.
// Recall: planted errors reported as that unit, term and check. New findings: findings on the planted memory that the
// unmodified one does not give and that are not the planted error (the replacement can create real occurrences).
internal static class CheckMeasurement
{
    public static int Run(string folder, int perKind)
    {
        var document = BilingualFile.Load(Path.Combine(folder, "all.en-zh.tmx"));
        var terms = RenderingsMeasurement.ReadTerms(Path.Combine(folder, "f_en-zh_CN.csv"));
        var entries = terms.Select(t => (Chinese: t.Key, English: t.Value.Distinct(StringComparer.OrdinalIgnoreCase).ToList())).ToList();
        var dictionary = CcCedict.Dictionary;
        var units = document.Units.Where(u => TerminologyChecker.StateOf(u) == UnitState.Translated).ToList();
        var swapped = units.Select(u => new TranslationUnit(u.Id, u.Line, [u.Texts[1], u.Texts[0]], u.Notes, u.State)).ToList();
        Console.WriteLine($"TICO-19: {units.Count} translated units (English → Chinese), {entries.Count} Chinese terms in the list");

        var totals = new Totals();
        foreach (var (name, memory, chineseTarget) in new[] { ("English → Chinese", units, true), ("Chinese → English", swapped, false) })
        {
            foreach (var kind in new[] { CheckKind.Missing, CheckKind.Forbidden, CheckKind.Inconsistent })
            {
                totals.Add(Plant(name, memory, entries, dictionary, chineseTarget, kind, perKind));
            }
        }

        Console.WriteLine($"all: planted {totals.Planted}, found {totals.Found} ({Percent(totals.Found, totals.Planted)}), " +
            $"new findings not planted {totals.Extra}");
        return 0;
    }

    private static Totals Plant(string name, List<TranslationUnit> memory, List<(string Chinese, List<string> English)> entries,
        TermBase dictionary, bool chineseTarget, CheckKind kind, int perKind)
    {
        var random = new Random(19);
        var glossary = Glossary(entries, added: [], chineseTarget, TermStatus.Forbidden);
        var options = kind == CheckKind.Inconsistent ? CheckOptions.Default : new CheckOptions { Checks = [CheckKind.Missing, CheckKind.Forbidden] };
        var baseline = new TerminologyChecker(glossary, dictionary, options).Check(memory).ToList();
        var baselineKeys = baseline.Select(Key).ToHashSet();

        var planted = new List<(string Unit, string Term, string Chinese)>();
        var added = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var inconsistentTerms = baseline.Where(f => f.Check == CheckKind.Inconsistent).Select(f => f.Term).ToHashSet();
        var changed = new Dictionary<string, TranslationUnit>(StringComparer.Ordinal);
        foreach (var unit in memory.OrderBy(_ => random.Next()))
        {
            if (planted.Count == perKind)
            {
                break;
            }

            var source = unit.Texts[0].Text;
            var target = unit.Texts[1].Text;
            foreach (var (chinese, english) in entries)
            {
                var gloss = english.FirstOrDefault(e => Word(e).IsMatch(chineseTarget ? source : target));
                var present = chineseTarget ? target.Contains(chinese, StringComparison.Ordinal) : source.Contains(chinese, StringComparison.Ordinal);
                if (gloss is null || !present)
                {
                    continue;
                }

                // A term read inside a longer list term (COVID in COVID-19) is that longer term's business.
                if (entries.Any(o => o.Chinese != chinese && (chineseTarget
                        ? o.English.Any(e => e.Length > gloss.Length && e.Contains(gloss, StringComparison.OrdinalIgnoreCase) && Word(e).IsMatch(source))
                        : o.Chinese.Contains(chinese, StringComparison.Ordinal) && source.Contains(o.Chinese, StringComparison.Ordinal))))
                {
                    continue;
                }

                // The term as the checker names it: the English gloss for an English source, the Chinese form otherwise.
                var term = chineseTarget ? gloss : chinese;
                // An inconsistency is planted once per term, in a term the memory renders one way in other units too.
                if (kind == CheckKind.Inconsistent && (added.ContainsKey(chinese) || inconsistentTerms.Contains(term)
                    || Rendered(memory, chinese, english, chineseTarget) < 2))
                {
                    continue;
                }

                if (baseline.Any(f => f.Unit == unit.Id && f.Term == term) || baselineKeys.Contains((unit.Id, CheckKind.Missing, term)))
                {
                    continue;
                }

                var other = entries[random.Next(entries.Count)];
                var replacement = chineseTarget ? other.Chinese : other.English[0];
                if (other.Chinese == chinese || replacement.Contains(chinese, StringComparison.Ordinal) || chinese.Contains(replacement, StringComparison.Ordinal)
                    || english.Any(e => string.Equals(e, replacement, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var newTarget = chineseTarget
                    ? target.Replace(chinese, replacement, StringComparison.Ordinal)
                    : Word(gloss).Replace(target, replacement);
                if (!chineseTarget && english.Any(e => Word(e).IsMatch(newTarget)))
                {
                    continue; // another of the term's translations is still there: nothing is missing
                }

                changed[unit.Id] = new TranslationUnit(unit.Id, unit.Line, [unit.Texts[0], unit.Texts[1] with { Text = newTarget }], unit.Notes, unit.State);
                planted.Add((unit.Id, term, chinese));
                if (kind != CheckKind.Missing)
                {
                    (added.TryGetValue(chinese, out var list) ? list : added[chinese] = []).Add(replacement);
                }

                break;
            }
        }

        // For an inconsistency the replacement is an admitted translation: the unit is right, the file is not uniform.
        var plantedGlossary = kind switch
        {
            CheckKind.Forbidden => Glossary(entries, added, chineseTarget, TermStatus.Forbidden),
            CheckKind.Inconsistent => Glossary(entries, added, chineseTarget, TermStatus.Admitted),
            _ => glossary,
        };
        var stopwatch = Stopwatch.StartNew();
        var findings = new TerminologyChecker(plantedGlossary, dictionary, options)
            .Check(memory.Select(u => changed.GetValueOrDefault(u.Id, u))).ToList();
        stopwatch.Stop();
        // Found: a finding of the planted kind in the unit for the planted entry — its Chinese form is the term (Chinese
        // source) or among the expected forms (English source, where the term is named as the source writes it).
        // An inconsistency: a finding for the term whose renderings put the unit apart.
        bool Reports(CheckFinding f, (string Unit, string Term, string Chinese) p) => kind == CheckKind.Inconsistent
            ? f.Check == kind && f.Variants.Any(v => v.Units.Contains(p.Unit))
                && (chineseTarget ? f.Variants.Any(v => v.Text == p.Chinese) : f.Term == p.Chinese)
            : f.Unit == p.Unit && f.Check == kind && (chineseTarget ? f.Expected.Contains(p.Chinese) : f.Term == p.Chinese);
        var found = planted.Count(p => findings.Any(f => Reports(f, p)));
        var extra = findings.Count(f => !baselineKeys.Contains(Key(f)) && !planted.Any(p => Reports(f, p)));
        Console.WriteLine($"{name}, {kind.ToString().ToLowerInvariant()}: planted {planted.Count}, found {found} ({Percent(found, planted.Count)}), " +
            $"new findings not planted {extra}; unmodified memory: {baseline.Count} findings; check of {memory.Count} units: {stopwatch.ElapsedMilliseconds} ms");
        // A miss is explained when every occurrence of the Chinese form in the Chinese side is inside a longer word
        // CC-CEDICT knows (呼吸 in 呼吸道): the boundary rule decided it is no occurrence.
        var words = new ChineseWords(plantedGlossary, dictionary);
        var misses = planted.Where(p => !findings.Any(f => Reports(f, p))).ToList();
        var inside = misses.Count(m =>
        {
            var original = memory.First(u => u.Id == m.Unit);
            var chineseText = chineseTarget ? original.Texts[1].Text : original.Texts[0].Text;
            var form = m.Chinese;
            return Occurrences(chineseText, form).All(at => words.InsideLongerWord(chineseText, at, form.Length) is not null);
        });
        Console.WriteLine($"  misses: {misses.Count}, of which {inside} with the term only inside longer words (boundary rule)");
        foreach (var miss in misses.Take(5))
        {
            var unit = changed[miss.Unit];
            Console.WriteLine($"  missed: {miss.Unit} {miss.Term}: {unit.Texts[0].Text} ⇒ {unit.Texts[1].Text}");
            foreach (var f in findings.Where(f => f.Unit == miss.Unit))
            {
                Console.WriteLine($"    reported instead: {f.Check.ToString().ToLowerInvariant()} {f.Term} (expected {string.Join(", ", f.Expected)})");
            }
        }

        return new Totals { Planted = planted.Count, Found = found, Extra = extra };
    }

    private static IEnumerable<int> Occurrences(string text, string form)
    {
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    // An inconsistency is the file's, whichever unit shows it.
    private static (string, CheckKind, string) Key(CheckFinding f) => (f.Check == CheckKind.Inconsistent ? string.Empty : f.Unit, f.Check, f.Term);

    private static readonly Dictionary<string, int> RenderedCache = [];

    // The units whose source holds the term and whose target its translation (by the independent tests).
    private static int Rendered(List<TranslationUnit> memory, string chinese, List<string> english, bool chineseTarget)
    {
        var key = $"{chineseTarget}\t{chinese}";
        if (!RenderedCache.TryGetValue(key, out var count))
        {
            RenderedCache[key] = count = memory.Count(u =>
            {
                var (english_, chinese_) = chineseTarget ? (u.Texts[0].Text, u.Texts[1].Text) : (u.Texts[1].Text, u.Texts[0].Text);
                return chinese_.Contains(chinese, StringComparison.Ordinal) && english.Any(e => Word(e).IsMatch(english_));
            });
        }

        return count;
    }

    // The added translations are Chinese forms when the target is Chinese, English translations otherwise.
    private static TermBase Glossary(List<(string Chinese, List<string> English)> entries, Dictionary<string, List<string>> added, bool chineseForms, TermStatus status) =>
        new(entries.Select(e =>
        {
            var bad = (added.GetValueOrDefault(e.Chinese) ?? []).Select(b => new Designation(b) { Status = status }).ToList();
            return new TermEntry(
                [new Designation(e.Chinese), .. chineseForms ? bad : []],
                [.. e.English.Select(g => new Designation(g)), .. chineseForms ? [] : bad]);
        }));

    private static readonly Dictionary<string, Regex> Words = [];

    private static Regex Word(string english) =>
        Words.TryGetValue(english, out var regex) ? regex
        : Words[english] = new($@"\b{Regex.Escape(english)}(e?s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Percent(int part, int whole) => whole == 0 ? "–" : $"{100.0 * part / whole:F1} %";

    private sealed class Totals
    {
        public int Planted { get; set; }

        public int Found { get; set; }

        public int Extra { get; set; }

        public void Add(Totals other)
        {
            Planted += other.Planted;
            Found += other.Found;
            Extra += other.Extra;
        }
    }
}
