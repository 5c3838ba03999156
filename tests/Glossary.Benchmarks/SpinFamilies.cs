namespace Glossary.Benchmarks;

/// <summary>
/// Groups the spun source files into spinner families (one spinner writes 利用 for 使用, another 应用). Two files are
/// linked when they share at least <see cref="SharedPairs"/> distinct specific pairs, a specific pair being one whose
/// spun form is not also another pair's original (a two-way swap such as 所以↔因此 says nothing about the spinner); a
/// family is a connected component. It is named after its most frequent distinctive spun form (a specific pair seen
/// in no other family's files), longer forms first on a tie, then ordinal order, so names are deterministic.
/// </summary>
internal static class SpinFamilies
{
    public const int SharedPairs = 2;

    /// <summary>The family name of every spun source file of the pairs.</summary>
    public static Dictionary<string, string> Of(IReadOnlyList<LearnedSpinPair> pairs)
    {
        var originals = pairs.Select(p => p.Original).ToHashSet(StringComparer.Ordinal);
        var specific = pairs.Where(p => !originals.Contains(p.Spun)).ToList();
        var files = pairs.SelectMany(p => p.Files.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var pairsOf = files.ToDictionary(f => f, f => specific.Where(p => p.Files.ContainsKey(f)).ToHashSet());

        var parent = files.ToDictionary(f => f, f => f);
        string Root(string file) => parent[file] == file ? file : parent[file] = Root(parent[file]);
        for (var i = 0; i < files.Count; i++)
        {
            for (var j = i + 1; j < files.Count; j++)
            {
                if (pairsOf[files[i]].Count(pairsOf[files[j]].Contains) >= SharedPairs)
                {
                    parent[Root(files[j])] = Root(files[i]);
                }
            }
        }

        var families = files.GroupBy(Root).Select(g => g.ToHashSet()).ToList();
        var names = new Dictionary<string, string>();
        foreach (var family in families)
        {
            var name = specific
                .Where(p => p.Files.Keys.All(family.Contains))
                .Select(p => (p.Spun, Count: p.Files.Where(f => family.Contains(f.Key)).Sum(f => f.Value)))
                .GroupBy(p => p.Spun, StringComparer.Ordinal)
                .Select(g => (Spun: g.Key, Count: g.Sum(p => p.Count)))
                .OrderByDescending(p => p.Count).ThenByDescending(p => p.Spun.Length).ThenBy(p => p.Spun, StringComparer.Ordinal)
                .Select(p => p.Spun)
                .FirstOrDefault() ?? family.Order(StringComparer.Ordinal).First(); // nothing distinctive: the file names it
            foreach (var file in family)
            {
                names[file] = $"family:{name}";
            }
        }

        return names;
    }
}
