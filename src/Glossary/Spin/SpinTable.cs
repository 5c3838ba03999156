using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Glossary.Errors;
using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Spin;

/// <summary>
/// A table of synonym-spinner substitutions (伪原创, "content-farm" rewriting): which forms a spinner wrote for
/// which originals (手艺 for 技术, 平易近 for 民, 劣势 for 优势). It judges whether a text is spun, explains each
/// substitution, restores the original reading, and lets look-ups find the spun forms of a term.
/// </summary>
/// <remarks>
/// <see cref="Bundled"/> is the curated table that ships with the library (docs/spin.md says how it was made and
/// calibrated); <see cref="Load"/> reads your own pairs in the same tab-separated format, and <see cref="Combine"/>
/// puts them in front of it. Give the table an index uses in its options (<c>CorpusIndexOptions.SpinTable</c>).
/// Immutable and thread-safe.
/// </remarks>
// The concerns live in partial files: matching (SpinTable.Matching.cs), judging (SpinTable.Judging.cs), the spun
// variants of a term and their verification (SpinTable.Variants.cs); likely deletions are SpinGaps.
public sealed partial class SpinTable
{
    private readonly Dictionary<string, SpinPair> _bySpun;
    private readonly Dictionary<string, SpinPair>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool[] _starts = new bool[char.MaxValue + 1];
    private readonly int _longest;
    private readonly Dictionary<string, List<string>> _spunForms; // original → spun forms, restorable pairs only
    private readonly int _longestOriginal;

    private SpinTable(IEnumerable<SpinPair> pairs, IReadOnlyList<GlossaryIssue> issues)
    {
        _bySpun = new Dictionary<string, SpinPair>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            _bySpun.TryAdd(pair.Spun, pair); // the first table of a combination wins
        }

        _lookup = _bySpun.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var spun in _bySpun.Keys)
        {
            _starts[spun[0]] = true;
            _longest = Math.Max(_longest, spun.Length);
        }

        _spunForms = _bySpun.Values.Where(p => p.Restorable && !p.Original.Contains('/', StringComparison.Ordinal))
            .GroupBy(p => p.Original, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Spun).ToList(), StringComparer.Ordinal);
        _longestOriginal = _spunForms.Keys.Select(o => o.Length).DefaultIfEmpty(0).Max();
        Issues = issues;
        Id = Identify(_bySpun.Values);
    }

    /// <summary>The curated table that ships with the library, loaded once.</summary>
    public static SpinTable Bundled => BundledHolder.Table;

    /// <summary>The number of pairs.</summary>
    public int Count => _bySpun.Count;

    /// <summary>The lines that were skipped when the table was read, each with its file, line and reason.</summary>
    public IReadOnlyList<GlossaryIssue> Issues { get; }

    /// <summary>
    /// A short hash of every pair and rule: two tables with the same id judge and restore alike. An index records the
    /// id of the table that judged its documents, so that another table is detected rather than mixed in.
    /// </summary>
    internal string Id { get; }

    /// <summary>
    /// Reads a table of pairs: tab-separated spun form, original, kind (inversion, boundary, non-word, real word,
    /// near-synonym), confidence (verified, high, medium), and optionally note, example and rules. Malformed lines
    /// are skipped and listed in <see cref="Issues"/>; with <paramref name="strict"/> the first one throws.
    /// </summary>
    /// <exception cref="GlossaryException">The file is not text, or (strict) a line is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SpinTable Load(string path, bool strict = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(File.ReadAllBytes(path), path, strict);
    }

    /// <summary>Puts tables together: where several have a pair for the same spun form, the first one's is used.</summary>
    public static SpinTable Combine(params IEnumerable<SpinTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var list = tables.ToList();
        return new SpinTable(list.SelectMany(t => t._bySpun.Values), list.SelectMany(t => t.Issues).ToArray());
    }

    /// <summary>
    /// Judges a text, finds every substitution in it and every place where a word seems deleted. In a text judged
    /// spun every pair of the table is applied; in a clean or unsure one only the fingerprints, which do not occur in
    /// clean Chinese. Matching is one pass, longest form first, left to right.
    /// </summary>
    /// <param name="text">The text as written.</param>
    /// <param name="glosses">A glossary (or dictionary) to gloss each original in English; optional.</param>
    public SpinReport Analyze(string text, TermBase? glosses = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Match(text);
        var evidence = Evidence(matches);
        var (verdict, score) = Judge(evidence, text.Length);
        var substitutions = matches
            .Where(m => verdict == SpinVerdict.Spun || (m.Pair.Fingerprint && !m.Possibly))
            .Select(m => new SpinSubstitution(m.Offset, m.Pair, m.Pair.Restorable && !m.Possibly, Gloss(glosses, m.Pair.Original)))
            .ToList();
        var gaps = verdict == SpinVerdict.Spun ? SpinGaps.Find(text) : [];
        var listed = evidence.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => new SpinEvidence(e.Key, e.Value)).ToList();
        return new SpinReport(text, verdict, score, listed, substitutions, gaps);
    }

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
        var text = new StringBuilder();
        foreach (var pair in pairs.OrderBy(p => p.Spun, StringComparer.Ordinal))
        {
            text.Append(pair.Spun).Append('\t').Append(pair.Original).Append('\t').Append(pair.Kind).Append('\t').Append(pair.Confidence)
                .Append('\t').Append(pair.Fingerprint);
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
        public static readonly SpinTable Table = ReadBundled();

        private static SpinTable ReadBundled()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Glossary.Spin.spin-pairs.tsv")
                ?? throw new InvalidOperationException("The resource Glossary.Spin.spin-pairs.tsv is missing from the assembly.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return Read(buffer.ToArray(), "spin-pairs.tsv", strict: true);
        }
    }
}
