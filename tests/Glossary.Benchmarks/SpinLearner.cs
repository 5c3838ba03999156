using Glossary.Spin;

namespace Glossary.Benchmarks;

/// <summary>
/// Learns spin pairs from aligned sentences: the substitutions of every pair (<see cref="SpinSubstitutionSpans"/>),
/// counted with the files they were seen in, each with its kind, its count in clean text and its families.
/// </summary>
internal sealed class SpinLearner(JiebaWords words, CleanCorpora clean)
{
    public JiebaWords Words => words;

    public CleanCorpora Clean => clean;

    /// <summary>The learned pairs, most frequent first, then in ordinal order of the spun form.</summary>
    public List<LearnedSpinPair> Learn(IEnumerable<AlignedPair> aligned)
    {
        var seen = new Dictionary<(string Spun, string Original), Dictionary<string, int>>();
        var spunLength = 0L;
        foreach (var pair in aligned)
        {
            spunLength += pair.Spun.Length;
            foreach (var found in SpinSubstitutionSpans.Find(pair.Spun, pair.Original, words))
            {
                var files = seen.TryGetValue(found, out var known) ? known : seen[found] = new Dictionary<string, int>(StringComparer.Ordinal);
                files[pair.SpunFile] = files.GetValueOrDefault(pair.SpunFile) + 1;
            }
        }

        var spunCharacters = Math.Max(1, spunLength);
        var learned = seen
            .Select(s => new LearnedSpinPair(s.Key.Spun, s.Key.Original, s.Value.Values.Sum(), s.Value, SpinPairKinds.Of(s.Key.Spun, s.Key.Original, words), clean.Count(s.Key.Spun)))
            .Select(p => p with { Weight = Math.Log((double)p.Count / spunCharacters / ((p.CleanCount + 0.5) / Math.Max(1, clean.Characters))) })
            .OrderByDescending(p => p.Count).ThenBy(p => p.Spun, StringComparer.Ordinal).ThenBy(p => p.Original, StringComparer.Ordinal)
            .ToList();
        var families = SpinFamilies.Of(learned);
        return learned.Select(p => p with { Family = string.Join('|', p.Files.Keys.Select(f => families[f]).Distinct().Order(StringComparer.Ordinal)) }).ToList();
    }

    /// <summary>
    /// The pairs kept for the table, and how many were dropped. A spun form learned with several originals keeps them
    /// all, the most frequent first: the table lets the context choose. A form the curated table has is kept too: the
    /// curated pair applies where its family's fingerprints show, the learned one elsewhere (SpinTable.Combine).
    /// </summary>
    public static (List<LearnedSpinPair> Kept, int Dropped, int Ambiguous) Table(List<LearnedSpinPair> learned)
    {
        // A pair seen once whose one side merely extends the other (的体 for 的) is an insertion the aligner attached to a
        // neighbour, not a substitution: left out.
        var kept = learned.Where(p => !(p.Count == 1 && Extends(p.Spun, p.Original))).ToList();
        return (kept, learned.Count - kept.Count, kept.Count - kept.DistinctBy(p => p.Spun).Count());
    }

    /// <summary>The curated table (the article's hand-curated pairs).</summary>
    public static SpinTable Curated => SpinTable.Curated;

    /// <summary>A table of the learned pairs, as SpinTable reads it from the learned TSV.</summary>
    public static SpinTable ToTable(IEnumerable<LearnedSpinPair> pairs) =>
        SpinTable.Read(System.Text.Encoding.UTF8.GetBytes(LearnedPairsFile.Format(pairs, header: [])), "learned pairs", strict: true);

    private static bool Extends(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || a.EndsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal);
}
