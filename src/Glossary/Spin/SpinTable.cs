using System.Reflection;
using System.Text.RegularExpressions;
using Glossary.Formats;
using Glossary.Spin;

namespace Glossary;

/// <summary>
/// A table of synonym-spinner substitutions (伪原创, "content-farm" rewriting): which forms a spinner wrote for
/// which originals (手艺 for 技术, 平易近 for 民, 劣势 for 优势). It judges whether a text is spun, explains each
/// substitution, restores the original reading, and lets look-ups find the spun forms of a term.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is the curated table that ships with the library (docs/spin.md says how it was made and
/// calibrated); <see cref="Load"/> reads your own pairs in the same tab-separated format, and <see cref="Combine"/>
/// puts them in front of it. Immutable and thread-safe.
/// </remarks>
public sealed partial class SpinTable
{
    // A text is judged spun from its fingerprints: at least this many per 1,000 characters, at least three
    // occurrences of at least two forms. The bundled article scores 17.8; no clean text measured scores above 0.
    private const double SpunScore = 2.0;
    private const double CleanScore = 0.5;
    private const int MaxVariants = 32;

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
    }

    /// <summary>The curated table that ships with the library, loaded once.</summary>
    public static SpinTable Default => DefaultHolder.Table;

    /// <summary>The number of pairs.</summary>
    public int Count => _bySpun.Count;

    /// <summary>The lines that were skipped when the table was read, each with its file, line and reason.</summary>
    public IReadOnlyList<GlossaryIssue> Issues { get; }

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
            .Select(m => new SpinSubstitution(m.Offset, m.Pair.Spun.Length, m.Pair.Spun, m.Pair.Original, m.Pair.Kind, m.Pair.Confidence,
                m.Pair.Restorable && !m.Possibly, m.Pair.Note)
            {
                Gloss = Gloss(glosses, m.Pair.Original),
            })
            .ToList();
        var gaps = verdict == SpinVerdict.Spun ? Gaps(text) : [];
        var listed = evidence.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => new SpinEvidence(e.Key, e.Value)).ToList();
        return new SpinReport(text, verdict, score, listed, substitutions, gaps);
    }

    /// <summary>The fingerprints in a stretch of text and how often each occurs (for judging a document block by block).</summary>
    internal Dictionary<string, int> Evidence(ReadOnlySpan<char> text) => Evidence(Match(text));

    /// <summary>The verdict and score for fingerprints found in a text of <paramref name="length"/> characters.</summary>
    internal static (SpinVerdict Verdict, double Score) Judge(IReadOnlyDictionary<string, int> evidence, long length)
    {
        var hits = evidence.Values.Sum();
        var score = hits * 1000.0 / Math.Max(length, 1);
        var verdict = hits == 0 || score < CleanScore ? SpinVerdict.Clean
            : score >= SpunScore && hits >= 3 && evidence.Count >= 2 ? SpinVerdict.Spun
            : SpinVerdict.Unsure;
        return (verdict, Math.Round(score, 2));
    }

    /// <summary>
    /// The spun forms a spinner may have written for each of <paramref name="forms"/> (技术 → 手艺, 移民 → 移平易近),
    /// each with the form it stands for; forms whose pairs are only possible are left out.
    /// </summary>
    internal Dictionary<string, string> SpunVariants(IEnumerable<string> forms)
    {
        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            var made = new List<string>();
            Vary(form, 0, string.Empty, made);
            foreach (var variant in made.Where(v => v != form))
            {
                variants.TryAdd(variant, form);
            }
        }

        return variants;
    }

    /// <summary>
    /// Whether restoring <paramref name="text"/> (as a spun text) turns the stretch at <paramref name="start"/> into
    /// <paramref name="expected"/>, with no substitution crossing the stretch's ends.
    /// </summary>
    internal bool RestoresTo(ReadOnlySpan<char> text, int start, int length, string expected)
    {
        // Matching starts a little before the stretch, not at the window's start: enough to see any form that covers
        // its first character (the longest form, twice over for a stretch of overlapping candidates), and look-ups
        // of common terms verify thousands of occurrences.
        var restored = new System.Text.StringBuilder();
        var at = start;
        foreach (var match in Match(text, Math.Max(0, start - (2 * _longest)), start + length))
        {
            var end = match.Offset + match.Pair.Spun.Length;
            if (end <= start || !match.Pair.Restorable || match.Possibly)
            {
                continue;
            }

            if (match.Offset >= start + length)
            {
                break;
            }

            if (match.Offset < start || end > start + length)
            {
                return false;
            }

            restored.Append(text[at..match.Offset]).Append(match.Pair.Original);
            at = end;
        }

        restored.Append(text[at..(start + length)]);
        return restored.ToString() == expected;
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

    private static Dictionary<string, int> Evidence(List<PairMatch> matches)
    {
        var evidence = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in matches.Where(m => m.Pair.Fingerprint && !m.Possibly))
        {
            evidence[match.Pair.Spun] = evidence.GetValueOrDefault(match.Pair.Spun) + 1;
        }

        return evidence;
    }

    // Deleted words leave marks that clean prose does not have: two enumeration commas in a row, a degree word with
    // nothing to modify (更的是, 近乎的), a copula with nothing before its 的. A 的 before punctuation alone is not
    // one: clean prose ends sentences that way (84 times in the 30,000 characters of the clean test texts).
    private static List<SpinGap> Gaps(string text)
    {
        var gaps = new List<SpinGap>();
        foreach (Match m in DoubledCommas().Matches(text))
        {
            gaps.Add(new SpinGap(m.Index + 1, "a word seems missing between the two commas"));
        }

        foreach (Match m in DanglingDegree().Matches(text))
        {
            var word = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            gaps.Add(new SpinGap(m.Index + word.Length, $"a word seems missing after {word} (an adjective it modifies)"));
        }

        foreach (Match m in EmptyCopula().Matches(text))
        {
            gaps.Add(new SpinGap(m.Index + m.Groups[1].Length + 1, "a word seems missing between 是 and 的"));
        }

        gaps.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return gaps;
    }

    [GeneratedRegex("[、，][、，]")]
    private static partial Regex DoubledCommas();

    // Not after 变, 五, 打, 三, 深, 半: 变更的, 五更的, 打更的 are words, not a lone 更. 并不是的 is a real "no".
    [GeneratedRegex("(?<![变五打三深半])(更)的是|(近乎)的")]
    private static partial Regex DanglingDegree();

    [GeneratedRegex("(都|也|从来不|从不)是的[，。,.;；]")]
    private static partial Regex EmptyCopula();

    private void Vary(string form, int at, string prefix, List<string> made)
    {
        if (made.Count >= MaxVariants)
        {
            return;
        }

        if (at == form.Length)
        {
            made.Add(prefix);
            return;
        }

        Vary(form, at + 1, prefix + form[at], made);
        for (var length = 1; length <= Math.Min(_longestOriginal, form.Length - at); length++)
        {
            if (_spunForms.TryGetValue(form.Substring(at, length), out var spunForms))
            {
                foreach (var spun in spunForms)
                {
                    Vary(form, at + length, prefix + spun, made);
                }
            }
        }
    }

    // One pass, left to right: at each place the longest form whose context does not exclude it; a match is never
    // looked into again, so chained pairs (可以→能够, 能够→可以或许) cannot cascade.
    private List<PairMatch> Match(ReadOnlySpan<char> text, int from = 0, int until = int.MaxValue)
    {
        var matches = new List<PairMatch>();
        for (var i = from; i < Math.Min(text.Length, until);)
        {
            var found = _starts[text[i]] ? Longest(text, i) : null;
            if (found is null)
            {
                i++;
                continue;
            }

            matches.Add(found.Value);
            i += found.Value.Pair.Spun.Length;
        }

        return matches;
    }

    private PairMatch? Longest(ReadOnlySpan<char> text, int at)
    {
        for (var length = Math.Min(_longest, text.Length - at); length > 0; length--)
        {
            if (!_lookup.TryGetValue(text.Slice(at, length), out var pair))
            {
                continue;
            }

            // A "not" context wins over a "possibly" one: the form is a real word here, and a shorter form may match.
            var possibly = false;
            var real = false;
            foreach (var guard in pair.Guards)
            {
                if (guard.Holds(text, at))
                {
                    (real, possibly) = (real || !guard.Possibly, possibly || guard.Possibly);
                }
            }

            if (real)
            {
                continue;
            }

            return new PairMatch(at, pair, possibly);
        }

        return null;
    }

    private readonly record struct PairMatch(int Offset, SpinPair Pair, bool Possibly);

    private static class DefaultHolder
    {
        public static readonly SpinTable Table = ReadDefault();

        private static SpinTable ReadDefault()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Glossary.Spin.spin-pairs.tsv")
                ?? throw new InvalidOperationException("The resource Glossary.Spin.spin-pairs.tsv is missing from the assembly.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return Read(buffer.ToArray(), "spin-pairs.tsv", strict: true);
        }
    }
}
