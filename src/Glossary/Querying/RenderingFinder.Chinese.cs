using Glossary.Terms;

namespace Glossary.Querying;

internal static partial class RenderingFinder
{
    /// <summary>
    /// The Chinese renderings of a term in another language (English): runs of SmartCn words of the units' Chinese side,
    /// each returned as the exact string found in the units.
    /// </summary>
    /// <param name="chineseSides">The id and the Chinese text of every unit whose other side holds the term.</param>
    /// <param name="unitsContaining">
    /// The number of units, in the whole memory, whose Chinese side holds this exact string (an exact look-up).
    /// </param>
    /// <param name="totalUnits">The number of units in the whole memory (at least the number of Chinese sides).</param>
    /// <param name="glossaryTerms">The Chinese terms of the glossary entries that gloss the query so, with their status.</param>
    /// <param name="max">The most renderings returned.</param>
    public static IReadOnlyList<Rendering> FindChinese(
        IReadOnlyList<(string Unit, string Text)> chineseSides,
        Func<string, int> unitsContaining,
        int totalUnits,
        IReadOnlyList<(string Term, TermStatus Status)> glossaryTerms,
        int max = 10)
    {
        ArgumentNullException.ThrowIfNull(chineseSides);
        Check(chineseSides.Count, totalUnits, glossaryTerms, max);
        ArgumentNullException.ThrowIfNull(unitsContaining);
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        for (var unit = 0; unit < chineseSides.Count; unit++)
        {
            var text = chineseSides[unit].Text ?? string.Empty;
            foreach (var (start, end) in RenderingGrams.ChineseGrams(text))
            {
                var form = text[start..end];
                if (!form.Any(char.IsLetter))
                {
                    continue;
                }

                if (!candidates.TryGetValue(form, out var candidate))
                {
                    candidates.Add(form, candidate = new Candidate(form, form));
                }

                candidate.Add(unit, form, initial: false);
            }
        }

        foreach (var candidate in candidates.Values)
        {
            candidate.Weigh(null);
        }

        var terms = glossaryTerms.Where(t => !string.IsNullOrEmpty(t.Term)).ToList();
        foreach (var candidate in candidates.Values)
        {
            candidate.Gloss = terms.FindIndex(t => string.Equals(t.Term, candidate.Key, StringComparison.Ordinal));
        }

        var chosen = Choose(candidates.Values, chineseSides.Count, totalUnits, c => unitsContaining(c.Key), max,
            (a, b) => a.Key.Contains(b.Key, StringComparison.Ordinal) || b.Key.Contains(a.Key, StringComparison.Ordinal));
        return chosen.ConvertAll(c => new Rendering(
            c.Candidate.Key,
            c.Units.Count,
            c.Candidate.Gloss >= 0 ? terms[c.Candidate.Gloss].Status : TermStatus.Unspecified,
            c.Candidate.Gloss >= 0,
            c.Units.Take(Examples).Select(u => chineseSides[u].Unit).ToList()));
    }

    // A candidate rendering: the units (indices, ascending) that hold it and the surface forms it was written in.
    private sealed class Candidate(string key, string solid)
    {
        public string Key { get; } = key;

        public string Solid { get; } = solid;

        // The length that the length bonus counts: English stems, or the characters of a Chinese string.
        public int Words { get; } = solid.Any(c => c > '\u2e80') ? solid.Length : solid.Count(c => c == ' ') + 1;

        public List<int> Units { get; } = [];

        // Per surface form: occurrences, and those not at a sentence's start (whose capital says nothing).
        public Dictionary<string, (int All, int Inner)> Surfaces { get; } = new(StringComparer.Ordinal);

        public int Gloss { get; set; } = -1;

        public int Frequency { get; set; } = -1;

        // Per unit (parallel to Units): how much the candidate counts there, 1 without an alignment.
        public List<double> Weights { get; } = [];

        private readonly List<(double Sum, int Stems)> _aligned = [];

        public bool Excluded { get; set; }

        public void Add(int unit, string surface, bool initial, double aligned = 0, int stems = 0)
        {
            if (Units.Count == 0 || Units[^1] != unit)
            {
                Units.Add(unit);
                _aligned.Add(default);
            }

            _aligned[^1] = (_aligned[^1].Sum + aligned, _aligned[^1].Stems + stems);

            var (all, inner) = Surfaces.GetValueOrDefault(surface);
            Surfaces[surface] = (all + 1, inner + (initial ? 0 : 1));
        }

        // A unit's weight: the harmonic mean of the candidate's precision (the mean posterior of its stems) and its
        // coverage (its share of the posterior mass of all the unit's stems), mixed with 1 by AlignmentWeight. A unit
        // whose aligned total is negative (unknown to the alignment) or almost nothing counts fully.
        public void Weigh(double[]? aligned)
        {
            Weights.Clear();
            for (var i = 0; i < Units.Count; i++)
            {
                var total = aligned is null ? -1 : aligned[Units[i]];
                var (sum, stems) = _aligned[i];
                if (total < MinimumAligned || stems == 0)
                {
                    Weights.Add(1);
                    continue;
                }

                var precision = sum / stems;
                var coverage = Math.Min(1, sum / total);
                var f = precision + coverage > 0 ? 2 * precision * coverage / (precision + coverage) : 0;
                Weights.Add(1 - AlignmentWeight + (AlignmentWeight * f));
            }
        }

        // The most frequent inflection (forms equal but for case together), written as it is most often written
        // inside a sentence.
        public string Display() => Surfaces
            .GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Sum(s => s.Value.All))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First()
            .OrderByDescending(s => s.Value.Inner)
            .ThenByDescending(s => s.Value.All)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .First()
            .Key;
    }
}
