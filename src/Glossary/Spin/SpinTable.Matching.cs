namespace Glossary.Spin;

// Matching: one pass, left to right, the longest form at each place that the gate lets through. A fingerprint (a form
// clean Chinese does not contain) passes wherever no guard holds, and so does a curated pair (verified on its own
// text) where the text shows an indicator of its family. Any other form passes only where its context makes one of
// its originals more likely than the form as written (SpinTable.Context.cs); how much more decides whether it is
// evidence and whether it is restored (SpinTable.Judging.cs).
public sealed partial class SpinTable
{
    // A match is never looked into again, so chained pairs (可以→能够, 能够→可以或许) cannot cascade.
    private List<PairMatch> Match(ReadOnlySpan<char> text, MatchGate gate, int from = 0, int until = int.MaxValue)
    {
        var matches = new List<PairMatch>();
        for (var i = from; i < Math.Min(text.Length, until);)
        {
            var found = (gate.EvidenceOnly ? _evidence : _all).MayStart(text, i) ? Longest(text, i, gate) : null;
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

    private PairMatch? Longest(ReadOnlySpan<char> text, int at, MatchGate gate)
    {
        var index = gate.EvidenceOnly ? _evidence : _all;
        for (var length = Math.Min(index.Longest(text[at]), text.Length - at); length > 0; length--)
        {
            if (!_lookup.TryGetValue(text.Slice(at, length), out var pairs))
            {
                continue;
            }

            // A "not" context wins over a "possibly" one: the form is a real word here, and a shorter form may match.
            // Guards are the curated pairs' and shared by a form's originals.
            var possibly = false;
            var real = false;
            foreach (var guard in pairs[0].Guards)
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

            if (gate.EvidenceOnly && !pairs.Any(CanBeEvidence))
            {
                continue; // never evidence: judging need not ask its context
            }

            if (pairs.Length == 1 && pairs[0].Fingerprint)
            {
                return PairMatch.Applied(at, pairs[0], possibly);
            }

            // A curated real word belongs to the spinner it was verified on: it applies, wherever no guard holds, in a
            // text that shows that spinner's own fingerprints (处理 is the article's spinner's form of 解决, but a
            // genuine 处理问题 reads likelier as 解决问题 too). Elsewhere only what was learned of the form from other
            // spinners' texts may apply, and a pair of your own (no family), each as its context decides.
            var curated = !pairs[0].Learned && pairs[0].Families.Count > 0;
            if ((curated || (pairs.Length == 1 && !pairs[0].Learned)) && gate.Evidences(pairs[0]))
            {
                return PairMatch.Applied(at, pairs[0], possibly);
            }

            if (curated && (pairs = Array.FindAll(pairs, p => p.Learned)).Length == 0)
            {
                continue;
            }

            // A text its fingerprints attribute to a spinner whose pairs were curated by hand is read with that
            // spinner's words: what other spinners were seen to write for real words does not apply to it (the
            // article's 假设 is "assumption"; its spinner never wrote 假设 for 如果, as others do).
            if (gate.Curated && Array.TrueForAll(pairs, p => p.Learned && p.Kind == SpinKind.RealWord))
            {
                continue;
            }

            // Judging needs only the words' frequencies (what its thresholds were calibrated on); restoring asks their
            // company too. A form that asks its company is a match where its frequencies prefer an original, or its
            // company does enough to restore it: a faint preference would take the place from a longer form that
            // starts inside it (的方 for 的 would hide 方针 → 目标 in 的方针).
            var (words, company) = MostLikely(text, at, pairs, company: !gate.EvidenceOnly);
            if (words.Preference > 0 || (company.Pair.AsksCompany && company.Preference >= RealWordPreference))
            {
                return new PairMatch(at, possibly, words, company);
            }
        }

        return null;
    }

    // A form matched, with the original its context chose by the words' frequencies (Words: what judging weighs) and
    // by the words and their company (Company). A real word, or any form clean text writes, is restored as its company
    // decides: a word put in another's place reads as an ordinary word, and only its neighbours tell (经过命令 for
    // 通过命令). A fingerprint, which clean text never writes, reads wrong by itself and is decided by frequencies, as
    // its thresholds were calibrated.
    // Preference: how much more likely the text reads with the original than as written (natural log of the ratio of
    // the best segmentations of the window around it); infinite where the pair applies without asking the context.
    // Margin: how much likelier the chosen original is than the next one of the same form (infinite with one).
    private readonly record struct PairMatch(int Offset, bool Possibly, Reading Words, Reading Company)
    {
        private Reading Chosen => Company.Pair.AsksCompany ? Company : Words;

        public SpinPair Pair => Chosen.Pair;

        public float Preference => Chosen.Preference;

        public float Margin => Chosen.Margin;

        /// <summary>The preference by frequencies alone: what makes a form evidence of spinning.</summary>
        public float Evidence => Words.Preference;

        public static PairMatch Applied(int at, SpinPair pair, bool possibly)
        {
            var certain = new Reading(pair, float.PositiveInfinity, float.PositiveInfinity);
            return new(at, possibly, certain, certain);
        }
    }

    /// <summary>Which spinner families a text shows indicators of: their curated pairs apply without asking the context.</summary>
    private sealed class MatchGate
    {
        private readonly HashSet<string>? _families;

        private MatchGate(HashSet<string>? families, bool evidenceOnly = false, bool curated = false) =>
            (_families, EvidenceOnly, Curated) = (families, evidenceOnly, curated);

        /// <summary>Judging: only the forms that can be evidence (fingerprints, forms well above clean usage).</summary>
        public static MatchGate Evidence { get; } = new(new HashSet<string>(StringComparer.Ordinal), evidenceOnly: true);

        public bool EvidenceOnly { get; }

        /// <summary>Every family evidenced (verifying a stretch of a spun document judged before its spinner was recorded).</summary>
        public static MatchGate Any { get; } = new(null);

        // A family is named by two forms at least that only it writes (SpinTally.Signed): one stray form says little
        // of which tool wrote a page.
        public static MatchGate Of(SpinTally tally)
        {
            var named = tally.Signed.Where(s => s.Value.Count >= 2).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            return new(named, curated: named.Overlaps(tally.SignedByHand));
        }

        /// <summary>A gate of the given families (<see cref="Mark"/>'s decoding).</summary>
        public static MatchGate Of(HashSet<string> families, bool curated) => new(families, curated: curated);

        /// <summary>The families named (null: every family, <see cref="Any"/>).</summary>
        public HashSet<string>? Families => _families;

        /// <summary>
        /// Whether the text's indicators name a spinner whose pairs were curated by hand (the article's): its text is
        /// read with its own words, not with what other spinners were seen to write.
        /// </summary>
        public bool Curated { get; }

        /// <summary>Whether the text shows an indicator of the pair's family (a pair of no family: whenever any is shown).</summary>
        public bool Evidences(SpinPair pair) =>
            _families is null || (_families.Count > 0 && (pair.Families.Count == 0 || pair.Families.Any(_families.Contains)));
    }
}
