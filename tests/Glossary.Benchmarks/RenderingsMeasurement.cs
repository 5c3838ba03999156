using System.Globalization;
using Glossary.Bilingual;
using Glossary.Dictionaries;
using Glossary.Querying;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// Measures <see cref="RenderingFinder"/> on TICO-19 (docs/bilingual.md, "Renderings"): for every Chinese term of the
/// terminology list that occurs in at least 3 units, whether the top rendering is one of the list's English terms for
/// it (stems compared, so case and inflection do not count), beside two naive baselines; the misses by kind; the same
/// on a split by source file; the reverse direction; and the time of a look-up. Document frequencies come from a table
/// of the same stem n-grams built in memory, standing in for Lucene's phrase counts.
/// </summary>
public static class RenderingsMeasurement
{
    // The held-out source files: the PubMed abstracts and the Wikinews articles (1,027 units). Everything was tuned on
    // the other files (CMU's medical sentences, the Wikipedia, Wikivoyage and Wikisource pages: 2,044 units).
    private static readonly string[] HeldOutSources = ["PubMed_", "Wikinews_"];

    public static int Run(string folder, bool detail, string? explain = null)
    {
        var document = BilingualFile.Load(Path.Combine(folder, "all.en-zh.tmx"));
        var units = document.Units
            .Select(u => new Unit(u.Id, u.Chinese?.Text ?? string.Empty, u.Texts.First(t => !LanguageTags.IsChinese(t.Language)).Text))
            .ToList();
        if (explain is not null)
        {
            RenderingsExplain.Explain(units, explain);
            return 0;
        }

        static double? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? double.Parse(v, CultureInfo.InvariantCulture) : null;
        var terms = ReadTerms(Path.Combine(folder, "f_en-zh_CN.csv"));
        var dictionary = CcCedict.Dictionary;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== Renderings on TICO-19: {units.Count:N0} units, {terms.Count} Chinese terms in the list (full-width parentheses removed) =="));
        Console.WriteLine("figure: top-1 accuracy over the terms whose Chinese side occurs in >= 3 units of the split; the glossary");
        Console.WriteLine("prior is CC-CEDICT's glosses for the term (never the TICO-19 list), and the figure without it follows");

        bool IsHeldOut(Unit u) => HeldOutSources.Any(s => u.Id.StartsWith(s, StringComparison.Ordinal));
        var tuning = units.Where(u => !IsHeldOut(u)).ToList();
        var heldOut = units.Where(IsHeldOut).ToList();
        var splits = new[]
        {
            ("all units", units),
            ($"tuning split ({tuning.Count:N0} units: CMU, Wikipedia, wiki, Wikivoyage, Wikisource)", tuning),
            ($"held-out split ({heldOut.Count:N0} units: PubMed, Wikinews)", heldOut),
        };
        foreach (var (name, split) in splits)
        {
            new RenderingsSplit(split) { Dictionary = dictionary }.Evaluate(name, terms, dictionary, detail || split == tuning);
            new RenderingsSplit(split) { Quiet = true }.Evaluate(name, terms, dictionary, detail: false);
            new RenderingsSplit(split) { Dictionary = dictionary, Quiet = true, QuietLabel = "without the alignment (Dice alone, as before)", Alignment = null }
                .Evaluate(name, terms, dictionary, detail: false);
        }

        // RENDER_FAST=1 stops here (the three splits only), for tuning runs.
        if (Env("RENDER_FAST") is not null)
        {
            return 0;
        }

        var all = new RenderingsSplit(units) { Dictionary = dictionary };
        all.Reverse(terms);
        all.Time(terms);
        return 0;
    }

    // Chinese term (full-width parenthesised parts removed, spaces kept: "occurs" is an ordinal substring) → its
    // English terms in the list.
    internal static Dictionary<string, List<string>> ReadTerms(string path)
    {
        var terms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            if (cells.Length != 5)
            {
                throw new InvalidDataException($"{path}: expected 5 cells: {line}");
            }

            var chinese = ChineseForm(cells[4]);
            if (chinese.Length > 0)
            {
                (terms.TryGetValue(chinese, out var list) ? list : terms[chinese] = []).Add(cells[3]);
            }
        }

        return terms;
    }

    internal static string ChineseForm(string cell)
    {
        var text = cell;
        for (int open; (open = text.IndexOf('（', StringComparison.Ordinal)) >= 0;)
        {
            var close = text.IndexOf('）', open);
            text = close < 0 ? text[..open] : text[..open] + text[(close + 1)..];
        }

        return text.Trim();
    }

    internal sealed record Unit(string Id, string Chinese, string English);
}
