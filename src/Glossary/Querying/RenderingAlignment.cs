namespace Glossary.Querying;

/// <summary>
/// Word alignment learned from a translation memory itself, for <see cref="RenderingFinder"/>: IBM Model 1's
/// translation probabilities t(stem | word) between the SmartCn words of the units' Chinese side (and an empty word)
/// and the English stems of their other side, estimated by a few rounds of expectation–maximisation, and each unit's
/// words by id. Built once per memory (per index reader) by the caller and passed to every look-up.
/// </summary>
/// <remarks>
/// Model 1 makes the words of a unit compete for its stems: <i>quarantine</i> in a unit that holds 隔离 and 检疫 goes
/// mostly to the word that explains it best everywhere else. The finder uses the posterior of each stem of a unit
/// being the translation of the term's words to weigh a candidate in that unit (docs/bilingual.md, "Renderings").
/// </remarks>
internal sealed class RenderingAlignment
{
    /// <summary>
    /// Rounds of expectation–maximisation (the first from uniform probabilities). Tuned on TICO-19's tuning split:
    /// 3 rounds 64.4 %, 5 rounds 65.4 %, 10 rounds 66.3 %, 20 rounds 64.4 %.
    /// </summary>
    public const int Iterations = 10;

    private const int Null = 0;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal) { [string.Empty] = Null };
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<long, double> _t = new(PairComparer.Instance);
    private readonly Dictionary<string, (string Text, List<GramToken> Words)> _unitWords = new(StringComparer.Ordinal);

    private RenderingAlignment()
    {
    }

    /// <summary>The number of units the table was learned from.</summary>
    public int Units => _unitWords.Count;

    /// <summary>Learns the table from every unit of a memory: its id, its Chinese text and its other (English) text.</summary>
    public static RenderingAlignment Build(IEnumerable<(string Unit, string Chinese, string English)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var table = new RenderingAlignment();
        var pairs = new List<(int[] Words, int[] Stems)>();
        foreach (var (unit, chinese, english) in units)
        {
            var words = RenderingGrams.ChineseTokens(chinese ?? string.Empty);
            table._unitWords[unit] = (chinese ?? string.Empty, words);
            var stems = RenderingGrams.EnglishTokens(english ?? string.Empty);
            if (words.Count == 0 || stems.Count == 0)
            {
                continue;
            }

            pairs.Add((
                [Null, .. words.Select(w => Id(table._words, w.Term))],
                stems.Select(s => Id(table._stems, s.Term)).ToArray()));
        }

        var counts = new Dictionary<long, double>(PairComparer.Instance);
        var totals = new double[table._words.Count];
        for (var round = 0; round < Iterations; round++)
        {
            counts.Clear();
            Array.Clear(totals);
            foreach (var (words, stems) in pairs)
            {
                foreach (var stem in stems)
                {
                    var sum = 0.0;
                    foreach (var word in words)
                    {
                        sum += round == 0 ? 1 : table._t[Key(word, stem)];
                    }

                    foreach (var word in words)
                    {
                        var share = (round == 0 ? 1 : table._t[Key(word, stem)]) / sum;
                        var key = Key(word, stem);
                        counts[key] = counts.GetValueOrDefault(key) + share;
                        totals[word] += share;
                    }
                }
            }

            table._t.Clear();
            foreach (var (key, count) in counts)
            {
                table._t[key] = count / totals[(int)(key >> 32)];
            }
        }

        return table;
    }

    /// <summary>The unit's SmartCn words, or null for a unit the table was not learned from.</summary>
    public List<GramToken>? Words(string unit) => _unitWords.TryGetValue(unit, out var u) ? u.Words : null;

    /// <summary>t(stem | word): the probability that the word is rendered by the stem (the empty word is the null word).</summary>
    public double Probability(string stem, string word) =>
        _stems.TryGetValue(stem, out var s) && _words.TryGetValue(word, out var w) ? _t.GetValueOrDefault(Key(w, s)) : 0;

    /// <summary>
    /// For each English token of a unit, the posterior probability that it renders one of the term's words rather
    /// than the unit's other words or nothing: Σ over the term's words of t(stem | word), over the same sum for every
    /// word of the unit and the null word. Null when the table does not know the unit or the unit does not hold the term.
    /// </summary>
    public double[]? Posteriors(string unit, string term, List<GramToken> stems)
    {
        if (!_unitWords.TryGetValue(unit, out var u) || string.IsNullOrEmpty(term))
        {
            return null;
        }

        var (chinese, words) = u;

        // The words that overlap an occurrence of the term (a word of SmartCn may be longer than the term, or shorter).
        var inTerm = new bool[words.Count];
        var any = false;
        for (var at = chinese.IndexOf(term, StringComparison.Ordinal); at >= 0; at = chinese.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Start < at + term.Length && words[i].End > at)
                {
                    inTerm[i] = any = true;
                }
            }
        }

        if (!any)
        {
            return null;
        }

        var ids = words.Select(w => _words.GetValueOrDefault(w.Term, -1)).ToArray();
        var posteriors = new double[stems.Count];
        for (var j = 0; j < stems.Count; j++)
        {
            if (!_stems.TryGetValue(stems[j].Term, out var s))
            {
                continue;
            }

            double mine = 0, all = _t.GetValueOrDefault(Key(Null, s));
            for (var i = 0; i < words.Count; i++)
            {
                var t = ids[i] < 0 ? 0 : _t.GetValueOrDefault(Key(ids[i], s));
                all += t;
                mine += inTerm[i] ? t : 0;
            }

            posteriors[j] = all > 0 ? mine / all : 0;
        }

        return posteriors;
    }

    private static long Key(int word, int stem) => ((long)word << 32) | (uint)stem;

    private static int Id(Dictionary<string, int> ids, string term)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            ids.Add(term, id = ids.Count);
        }

        return id;
    }

    // A word–stem pair's hash: long's own (the two halves xor-ed) puts every pair of small ids in a few buckets.
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)((ulong)(obj * unchecked((long)0x9E3779B97F4A7C15)) >> 32);
    }
}
