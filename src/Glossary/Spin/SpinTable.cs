using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Glossary.Errors;
using Glossary.Formats;
using Glossary.IO;
using Glossary.Terms;

namespace Glossary.Spin;

/// <summary>
/// A table of synonym-spinner substitutions (伪原创, "content-farm" rewriting): which forms a spinner wrote for
/// which originals (手艺 for 技术, 平易近 for 民, 劣势 for 优势). It judges whether a text is spun, explains each
/// substitution, restores the original reading, and lets look-ups find the spun forms of a term.
/// </summary>
/// <remarks>
/// <see cref="Bundled"/> is the table that ships with the library: the pairs curated from the bundled article and
/// those learned from spun web text aligned with its originals (docs/spin.md says how both were made and
/// calibrated); <see cref="Load"/> reads your own pairs in the same tab-separated format, and <see cref="Combine"/>
/// puts them in front of it. Give the table an index uses in its options (<c>CorpusIndexOptions.SpinTable</c>).
/// Immutable and thread-safe.
/// </remarks>
// The concerns live in partial files: matching (SpinTable.Matching.cs), the context of a candidate
// (SpinTable.Context.cs, over WordModel), judging and restoring decisions (SpinTable.Judging.cs), the spun variants of
// a term and their verification (SpinTable.Variants.cs); likely deletions are SpinGaps.
public sealed partial class SpinTable
{
    private readonly Dictionary<string, SpinPair[]> _bySpun; // spun form → its originals, the most often seen first
    private readonly Dictionary<string, SpinPair[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;
    private readonly FormIndex _all = new();      // where any spun form may start, for explaining and restoring
    private readonly FormIndex _evidence = new(); // where a form that can be evidence may start, for judging
    private readonly Dictionary<string, List<string>> _spunForms; // original → spun forms, restorable pairs only
    private readonly int _longestOriginal;
    private readonly string[] _curatedFamilies; // the families of curated pairs, in order: their bits in a document's mark

    // Hashed when an index asks (opening or writing one), not by every command that only reads text.
    private readonly Lazy<string> _id;

    private SpinTable(IEnumerable<SpinPair> pairs, IReadOnlyList<GlossaryIssue> issues)
    {
        // A form may have several originals (spinners of different families write it for different words): the
        // context chooses between them, the most often seen first.
        var grouped = new Dictionary<string, List<SpinPair>>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (!grouped.TryGetValue(pair.Spun, out var list))
            {
                grouped[pair.Spun] = list = [];
            }

            // A curated pair and a learned one may share a form and an original: the first applies where its
            // family's fingerprints show, the second elsewhere, as its context decides (SpinTable.Matching.cs).
            if (!list.Any(p => p.Original == pair.Original && p.Learned == pair.Learned))
            {
                list.Add(pair);
            }
        }

        _bySpun = grouped.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
        _lookup = _bySpun.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (spun, originals) in _bySpun)
        {
            _longest = Math.Max(_longest, spun.Length);
            _all.Add(spun);
            if (originals.Any(CanBeEvidence))
            {
                _evidence.Add(spun);
            }
        }

        // A look-up searches for the forms a spinner typically writes: a learned word common in clean text (weight
        // under EvidenceWeight) is restored only on overwhelming context, so searching for it would cost far more
        // than it finds.
        _spunForms = _bySpun.Values.SelectMany(p => p)
            .Where(p => p.Restorable && !p.Original.Contains('/', StringComparison.Ordinal) && (!p.Learned || p.Weight >= EvidenceWeight))
            .GroupBy(p => p.Original, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Spun).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        _longestOriginal = _spunForms.Keys.Select(o => o.Length).DefaultIfEmpty(0).Max();
        _curatedFamilies = _bySpun.Values.SelectMany(p => p).Where(p => !p.Learned).SelectMany(p => p.Families).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray();
        Issues = issues;
        _id = new Lazy<string>(() => Identify(_bySpun.Values.SelectMany(p => p)));
    }

    /// <summary>
    /// The table that ships with the library, loaded once: the curated pairs of <see cref="Curated"/> followed by the
    /// pairs learned from spun text aligned with its originals (docs/spin.md says where each was seen).
    /// </summary>
    public static SpinTable Bundled => BundledHolder.Table;

    /// <summary>The hand-curated pairs alone (the substitutions observed in the bundled article), loaded once.</summary>
    public static SpinTable Curated => BundledHolder.Curated;

    /// <summary>The number of pairs.</summary>
    public int Count => _bySpun.Values.Sum(p => p.Length);

    /// <summary>The lines that were skipped when the table was read, each with its file, line and reason.</summary>
    public IReadOnlyList<GlossaryIssue> Issues { get; }

    /// <summary>
    /// A short hash of every pair and rule: two tables with the same id judge and restore alike. An index records the
    /// id of the table that judged its documents, so that another table is detected rather than mixed in.
    /// </summary>
    internal string Id => _id.Value;

    /// <summary>
    /// Reads a table of pairs: tab-separated spun form, original, kind (inversion, boundary, non-word, real word,
    /// near-synonym), confidence (verified, high, medium), and optionally note, example, rules, family and evidence
    /// (docs/spin.md). Malformed lines
    /// are skipped and listed in <see cref="Issues"/>; with <paramref name="strict"/> the first one throws.
    /// </summary>
    /// <exception cref="GlossaryException">The file is not text, or (strict) a line is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SpinTable Load(string path, bool strict = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(File.ReadAllBytes(path), path, strict);
    }

    /// <summary>
    /// Puts tables together: where several have a pair for the same spun form, the first one's is used; but where the
    /// first one's pairs belong to a spinner family (they apply only where that family's fingerprints show), a later
    /// table's learned pairs for the form still apply elsewhere, as their context decides.
    /// </summary>
    public static SpinTable Combine(params IEnumerable<SpinTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        // The first table that has a spun form decides it: its originals replace those of later tables. The families
        // the later tables saw the form in are kept as its writers (可以或许 is the article's spinner's and the classic
        // one's), so that it names neither. A family's own pairs say nothing of other spinners' texts: there, what was
        // learned from them (若是 for 如果, in twenty files of five families) speaks.
        var list = tables.ToList();
        var kept = new Dictionary<string, SpinPair[]>(StringComparer.Ordinal);
        var families = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var table in list)
        {
            foreach (var (spun, pairs) in table._bySpun)
            {
                if (!kept.TryAdd(spun, pairs) && kept[spun].All(p => !p.Learned && p.Families.Count > 0))
                {
                    kept[spun] = [.. kept[spun], .. pairs.Where(p => p.Learned)];
                }

                if (!families.TryGetValue(spun, out var set))
                {
                    families[spun] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(pairs.SelectMany(p => p.Families));
            }
        }

        var combined = kept.Values.SelectMany(pairs => pairs)
            .Select(p => p with { Writers = families[p.Spun].Order(StringComparer.Ordinal).ToArray() });
        return new SpinTable(combined, list.SelectMany(t => t.Issues).ToArray());
    }

    /// <summary>
    /// Judges a text and each of its paragraphs, finds every substitution in it and every place where a word seems
    /// deleted. In a paragraph judged spun, a form that is no word of clean Chinese is restored, and a real word only
    /// where its context makes the original far more likely; in a clean or unsure paragraph only the fingerprints,
    /// which do not occur in clean Chinese, are marked. Matching is one pass, longest form first, left to right.
    /// </summary>
    /// <param name="text">The text as written.</param>
    /// <param name="glosses">A glossary (or dictionary) to gloss each original in English; optional.</param>
    public SpinReport Analyze(string text, TermBase? glosses = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Indicators first (fingerprints, overwhelming contexts); then, if they name spinner families, the matching
        // those families allow.
        var evidence = Match(text, MatchGate.Evidence);
        var tally = Tally(text, evidence);
        var (verdict, score) = Judge(tally);
        var paragraphs = Paragraphs(text, evidence, verdict);

        // Then, where a paragraph is spun, every pair: a curated one wherever the text shows an indicator of its
        // family, any other where its context prefers the original. Elsewhere only the fingerprints count.
        var matches = paragraphs.Any(p => p.Verdict == SpinVerdict.Spun) ? Match(text, MatchGate.Of(tally)) : evidence;
        var substitutions = new List<SpinSubstitution>();
        var paragraph = 0;
        foreach (var match in matches)
        {
            while (paragraph < paragraphs.Count - 1 && paragraphs[paragraph].Offset + paragraphs[paragraph].Length <= match.Offset)
            {
                paragraph++;
            }

            var spun = paragraphs.Count > 0 && paragraphs[paragraph].Verdict == SpinVerdict.Spun;
            if ((spun && Reported(match)) || (match.Pair.Fingerprint && !match.Possibly))
            {
                var restored = match.Pair.Restorable && !match.Possibly && Restores(match);
                substitutions.Add(new SpinSubstitution(match.Offset, match.Pair, restored, Gloss(glosses, match.Pair.Original)));
            }
        }

        var gaps = verdict == SpinVerdict.Spun ? SpinGaps.Find(text) : [];
        var listed = tally.Forms.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => new SpinEvidence(e.Key, e.Value)).ToList();
        return new SpinReport(text, verdict, score, listed, substitutions, gaps, paragraphs);
    }

    /// <summary>
    /// Judges a text without explaining it: the verdict <see cref="Analyze"/> gives, at a fraction of the cost (no
    /// substitution list, no glosses), for deciding which documents to look at.
    /// </summary>
    /// <param name="text">The text as written.</param>
    public SpinVerdict Judge(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Judge(Evidence(text)).Verdict;
    }

    /// <summary>Whether the table has the pair (for measuring how much of a text's spinning it knows).</summary>
    internal bool Has(string spun, string original) =>
        _bySpun.TryGetValue(spun, out var pairs) && pairs.Any(p => p.Original == original || p.Original.Split('/').Contains(original));

    internal static SpinTable Read(ReadOnlySpan<byte> bytes, string source, bool strict)
    {
        var log = new IssueLog(source, strict);
        var pairs = SpinPairsFile.Read(GlossaryText.Decode(bytes, log), log);
        return new SpinTable(pairs, log.Issues);
    }

    private static string? Gloss(TermBase? glosses, string original)
    {
        var entry = glosses?.Find(original.Split('/')[0]);
        return entry is null || entry.Glosses.Count == 0 ? null : string.Join("; ", entry.Glosses.Take(3));
    }

    // Every field that changes a judgement or a restoration, pair by pair in ordinal order of the spun form.
    private static string Identify(IEnumerable<SpinPair> pairs)
    {
        // The word model and the thresholds judge too: a change of either is a change of the table's judgement.
        var text = new StringBuilder("model: jieba.NET 0.42.2 dict.txt; ").Append(WordModel.PairsStamp).Append("; context ").Append(ContextWidth)
            .Append("; indicator ").Append(IndicatorPreference).Append("; restore ").Append(RestorePreference).Append(", ").Append(RestoreScore)
            .Append("; real words ").Append(RealWordPreference).Append(", ").Append(RealWordScore).Append('\n');
        foreach (var pair in pairs.OrderBy(p => p.Spun, StringComparer.Ordinal))
        {
            text.Append(pair.Spun).Append('\t').Append(pair.Original).Append('\t').Append(pair.Kind).Append('\t').Append(pair.Confidence)
                .Append('\t').Append(pair.Fingerprint)
                .Append('\t').Append(pair.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\t').Append(string.Join('|', pair.Families)).Append('\t').Append(string.Join('|', pair.Writers));
            foreach (var guard in pair.Guards)
            {
                text.Append('\t').Append(guard.Context).Append('@').Append(guard.At).Append(guard.Possibly ? '?' : '!');
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    // Loaded once, on first use.
    private static class BundledHolder
    {
        public static readonly SpinTable Curated = ReadResource("spin-pairs.tsv");
        public static readonly SpinTable Table = Combine(Curated, ReadResource("spin-pairs-learned.tsv"));

        private static SpinTable ReadResource(string name)
        {
            var data = ResourceMemory.Of(Assembly.GetExecutingAssembly(), "Glossary.Spin." + name);
            return Read(data.Span, name, strict: true);
        }
    }
}
