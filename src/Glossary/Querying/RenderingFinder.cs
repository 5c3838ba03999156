using Glossary.Terms;

namespace Glossary.Querying;

/// <summary>
/// How a term has been translated before: the renderings of a term in the units of a translation memory that hold it,
/// ranked, with counts and example units (docs/bilingual.md, "Renderings: the method and why"). Independent of Lucene:
/// the caller gives the units that hold the term and a count of the units that hold a candidate (a phrase query over
/// the indexed side, or a table in memory).
/// </summary>
/// <remarks>
/// Candidates are n-grams of the units' other side: runs of up to four English stems (inflections folded by KStem
/// stemming, stop words left as holes), or runs of up to four SmartCn words for Chinese. Each is scored by its Dice
/// coefficient with the term, 2·c / (n + df), where c is the number of the term's n units that hold the candidate and
/// df the number of units in the whole memory that do: a word common everywhere scores low, and a phrase scores above
/// its own words when they also occur without it. The best candidate becomes a rendering and the units it explains are
/// set aside; the others are scored again on the units left (so <i>blood</i> does not follow <i>blood pressure</i>,
/// and a second translation is ranked on the units the first does not explain). A glossary gloss found in the units
/// has its score multiplied by <see cref="GlossaryPrior"/>, and is listed even when a single unit holds it; a longer
/// candidate gets <see cref="LengthBonus"/> per extra word. Given the memory's word alignment
/// (<see cref="RenderingAlignment"/>, IBM Model 1 learned from the memory itself), c becomes a soft count: in each unit
/// the candidate counts by the harmonic mean of its precision (the mean posterior that its stems render the term's
/// words) and its coverage (its share of the posterior mass of the unit's stems), so a stem another word of the unit
/// explains counts little, and a phrase that covers all the term's words beats its first word.
/// </remarks>
internal static partial class RenderingFinder
{
    /// <summary>The factor on a candidate that one of the glossary's glosses matches.</summary>
    public const double GlossaryPrior = 1.5;

    /// <summary>
    /// The factor per word beyond the first: a phrase wins over its own first word when the two are as strongly
    /// associated with the term (<i>swine flu</i>, not <i>swine</i>, when every unit has both). Tuned on TICO-19's tuning split.
    /// </summary>
    public const double LengthBonus = 0.02;

    /// <summary>
    /// How much the alignment weighs a candidate in a unit: 0 not at all, 1 fully (its weight there is then its
    /// alignment score alone). Tuned on TICO-19's tuning split: 0.5 and 0.75 did worse than 1.
    /// </summary>
    public const double AlignmentWeight = 1;

    /// <summary>
    /// Below this posterior mass on a unit's stems, the unit's term is taken as not rendered word for word (the
    /// alignment has nothing to say there): every candidate counts fully. 0.2 measured the same as 0.05.
    /// </summary>
    public const double MinimumAligned = 0.05;

    /// <summary>Example units kept per rendering.</summary>
    public const int Examples = 3;

    /// <summary>
    /// The renderings, in another language (English), of a Chinese term.
    /// </summary>
    /// <param name="translations">The id and the other-language text of every unit whose Chinese side holds the term.</param>
    /// <param name="unitsContainingStems">
    /// The number of units, in the whole memory, whose other side holds these stems at consecutive positions (an empty
    /// string is a hole a stop word left: any word may stand there). A Lucene phrase query over the side indexed with
    /// <c>Analyzers.English</c>, each non-empty stem added at its index, counts exactly that.
    /// </param>
    /// <param name="totalUnits">The number of units in the whole memory (at least the number of translations).</param>
    /// <param name="glossaryGlosses">The glossary entry's glosses for the term, with their status (may be empty).</param>
    /// <param name="max">The most renderings returned.</param>
    /// <param name="term">The Chinese term looked up (needed with <paramref name="alignment"/>).</param>
    /// <param name="alignment">
    /// The memory's word alignment (<see cref="RenderingAlignment.Build"/>, once per index reader), or null: with it, a
    /// candidate counts in a unit only as far as its stems are aligned to the term's words and cover them.
    /// </param>
    public static IReadOnlyList<Rendering> Find(
        IReadOnlyList<(string Unit, string Text)> translations,
        Func<IReadOnlyList<string>, int> unitsContainingStems,
        int totalUnits,
        IReadOnlyList<(string Gloss, TermStatus Status)> glossaryGlosses,
        int max = 10,
        string? term = null,
        RenderingAlignment? alignment = null)
    {
        ArgumentNullException.ThrowIfNull(translations);
        Check(translations.Count, totalUnits, glossaryGlosses, max);
        ArgumentNullException.ThrowIfNull(unitsContainingStems);
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var aligned = new double[translations.Count];
        for (var unit = 0; unit < translations.Count; unit++)
        {
            var text = translations[unit].Text ?? string.Empty;
            var tokens = RenderingGrams.EnglishTokens(text);
            var posteriors = alignment is null || term is null ? null : alignment.Posteriors(translations[unit].Unit, term, tokens);
            aligned[unit] = posteriors is null ? -1 : posteriors.Sum();
            foreach (var (key, start, end) in RenderingGrams.EnglishGrams(text, tokens))
            {
                if (!candidates.TryGetValue(key, out var candidate))
                {
                    candidates.Add(key, candidate = new Candidate(key, RenderingGrams.Solid(key)));
                }

                var (sum, stems) = (0.0, 0);
                if (posteriors is not null)
                {
                    for (var j = 0; j < tokens.Count; j++)
                    {
                        if (tokens[j].Start >= start && tokens[j].End <= end)
                        {
                            (sum, stems) = (sum + posteriors[j], stems + 1);
                        }
                    }
                }

                candidate.Add(unit, text[start..end], SentenceInitial(text, start), sum, stems);
            }
        }

        foreach (var candidate in candidates.Values)
        {
            candidate.Weigh(aligned);
        }

        var glosses = glossaryGlosses
            .Select(g => (Solid: RenderingGrams.EnglishKey(g.Gloss ?? string.Empty) is { } key ? RenderingGrams.Solid(key) : null, g.Gloss, g.Status))
            .Where(g => g.Solid is not null)
            .ToList();
        foreach (var candidate in candidates.Values)
        {
            candidate.Gloss = glosses.FindIndex(g => g.Solid == candidate.Solid);
        }

        var chosen = Choose(candidates.Values, translations.Count, totalUnits, c => unitsContainingStems(RenderingGrams.Stems(c.Key)), max, WordsOverlap);
        return chosen.ConvertAll(c =>
        {
            var gloss = c.Candidate.Gloss >= 0 ? glosses[c.Candidate.Gloss] : default;
            var text = c.Candidate.Gloss >= 0 && c.Candidate.Surfaces.Keys.Any(s => string.Equals(s, gloss.Gloss, StringComparison.OrdinalIgnoreCase))
                ? gloss.Gloss!
                : c.Candidate.Display();
            return new Rendering(text, c.Units.Count, gloss.Status, c.Candidate.Gloss >= 0, c.Units.Take(Examples).Select(u => translations[u].Unit).ToList());
        });
    }

    // The selection shared by both directions: the best candidate on the units not yet explained, again and again.
    private static List<(Candidate Candidate, List<int> Units)> Choose(
        IEnumerable<Candidate> all, int unitCount, int totalUnits, Func<Candidate, int> unitsContaining, int max, Func<Candidate, Candidate, bool> overlap)
    {
        // Most units first, so the search for the best can stop where even df = c could not beat it (df is the
        // expensive part: a phrase query each), and ties go to the candidate seen first.
        var pool = all.Where(c => c.Units.Count >= MinimumCount(c, unitCount)).OrderByDescending(c => c.Units.Count).ToList();
        var explained = new bool[unitCount];
        var left = unitCount;
        var chosen = new List<(Candidate, List<int>)>();
        while (chosen.Count < max && left > 0)
        {
            Candidate? best = null;
            var bestScore = 0.0;
            var bestCount = 0;
            foreach (var candidate in pool)
            {
                if (GlossaryPrior * MaxLengthFactor * Dice(candidate.Units.Count, left, candidate.Units.Count) <= bestScore)
                {
                    break;
                }

                var count = 0;
                var soft = 0.0;
                for (var i = 0; !candidate.Excluded && i < candidate.Units.Count; i++)
                {
                    if (!explained[candidate.Units[i]])
                    {
                        count++;
                        soft += candidate.Weights[i];
                    }
                }

                if (count < MinimumCount(candidate, unitCount))
                {
                    continue;
                }

                if (candidate.Frequency < 0)
                {
                    // Clamped: a frequency source that misses units (or counts a shorter span) cannot push Dice above 1.
                    candidate.Frequency = Math.Clamp(unitsContaining(candidate), candidate.Units.Count, Math.Max(totalUnits, candidate.Units.Count));
                }

                var score = (candidate.Gloss >= 0 ? GlossaryPrior : 1.0) * LengthFactor(candidate) * Dice(soft, left, candidate.Frequency);
                if (score > bestScore || (score == bestScore && count > bestCount))
                {
                    (best, bestScore, bestCount) = (candidate, score, count);
                }
            }

            if (best is null)
            {
                break;
            }

            var units = best.Units.Where(u => !explained[u]).ToList();
            chosen.Add((best, units));
            units.ForEach(u => explained[u] = true);
            left -= units.Count;
            foreach (var candidate in pool)
            {
                candidate.Excluded |= overlap(candidate, best);
            }
        }

        return chosen;
    }

    private const double MaxLengthFactor = 1 + (LengthBonus * (RenderingGrams.MaxStems - 1));

    private static double LengthFactor(Candidate candidate) => 1 + (LengthBonus * (Math.Min(candidate.Words, RenderingGrams.MaxStems) - 1));

    private static double Dice(double together, int withTerm, int withCandidate) => 2.0 * together / (withTerm + withCandidate);

    // One unit is evidence enough for a glossary gloss, and when the term is in one or two units only; otherwise two.
    private static int MinimumCount(Candidate candidate, int unitCount) => candidate.Gloss >= 0 || unitCount <= 2 ? 1 : 2;

    // English candidates overlap when one's stems are a run of the other's (blood pressure, high blood pressure).
    private static bool WordsOverlap(Candidate a, Candidate b) =>
        $" {a.Solid} ".Contains($" {b.Solid} ", StringComparison.Ordinal) || $" {b.Solid} ".Contains($" {a.Solid} ", StringComparison.Ordinal);

    private static bool SentenceInitial(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '\'' or '‘' or '(' or '['))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':';
    }

    private static void Check<T>(int unitCount, int totalUnits, IReadOnlyList<T> glossary, int max)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalUnits, unitCount);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
    }
}
