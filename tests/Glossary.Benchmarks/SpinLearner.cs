using Glossary.Errors;
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
        foreach (var pair in aligned)
        {
            foreach (var found in SpinSubstitutionSpans.Find(pair.Spun, pair.Original, words))
            {
                var files = seen.TryGetValue(found, out var known) ? known : seen[found] = new Dictionary<string, int>(StringComparer.Ordinal);
                files[pair.SpunFile] = files.GetValueOrDefault(pair.SpunFile) + 1;
            }
        }

        var learned = seen
            .Select(s => new LearnedSpinPair(s.Key.Spun, s.Key.Original, s.Value.Values.Sum(), s.Value, SpinPairKinds.Of(s.Key.Spun, s.Key.Original, words), clean.Count(s.Key.Spun)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Spun, StringComparer.Ordinal).ThenBy(p => p.Original, StringComparer.Ordinal)
            .ToList();
        var families = SpinFamilies.Of(learned);
        return learned.Select(p => p with { Family = string.Join('|', p.Files.Keys.Select(f => families[f]).Distinct().Order(StringComparer.Ordinal)) }).ToList();
    }

    /// <summary>
    /// The pairs whose spun form the curated table does not have (the curated article pairs win), and how many were
    /// dropped. Where one spun form was learned with several originals, the most frequent one is kept (a table has one
    /// original per spun form).
    /// </summary>
    public static (List<LearnedSpinPair> Kept, int Curated, int Ambiguous) Table(List<LearnedSpinPair> learned)
    {
        var curated = CuratedSpunForms();
        var kept = learned.Where(p => !curated.Contains(p.Spun)).ToList();
        var unique = kept.DistinctBy(p => p.Spun).ToList(); // sorted by count first, so the most frequent wins
        return (unique, learned.Count - kept.Count, kept.Count - unique.Count);
    }

    /// <summary>The curated table (the article's hand-curated pairs).</summary>
    // TODO: SpinTable.Curated once it is on main (then Bundled will be curated + learned).
    public static SpinTable Curated => SpinTable.Bundled;

    /// <summary>A table of the learned pairs, as SpinTable reads it from the learned TSV.</summary>
    public static SpinTable ToTable(IEnumerable<LearnedSpinPair> pairs) =>
        SpinTable.Read(System.Text.Encoding.UTF8.GetBytes(LearnedPairsFile.Format(pairs, header: [])), "learned pairs", strict: true);

    private static HashSet<string> CuratedSpunForms()
    {
        var path = Path.Combine("src", "Glossary", "Spin", "spin-pairs.tsv");
        return SpinPairsFile.Read(File.ReadAllText(path), new IssueLog(path, strict: true)).Select(p => p.Spun).ToHashSet(StringComparer.Ordinal);
    }
}
