using Glossary.Text;

namespace Glossary.Spin;

// Judging rests on evidence — how many, how varied, how unlikely — never on one form. An indicator is a fingerprint
// (a form clean Chinese does not contain) or a learned form, well above its clean usage, whose context makes the
// original overwhelmingly likelier than the text as written. Weak evidence is a word a little unlikely as written,
// each form counted once. A text (or a paragraph, on its own) is spun with indicators of several forms, dense enough or
// numerous enough; or with weakly unlikely words of many forms. Thresholds and their calibration: docs/spin.md.
public sealed partial class SpinTable
{
    // Calibrated on the article, the development set of spun text from the web and clean corpora (docs/spin.md).
    private const double SpunScore = 2.0;          // indicators per 1,000 characters for a spun text…
    private const double CleanScore = 0.5;         // …and under which a text is clean
    private const int ManyIndicators = 10;         // a long text with this many indicators of ManyForms forms is spun
    private const int ManyForms = 5;               // at any density of at least CleanScore
    private const float IndicatorPreference = 5f;  // e^5 ≈ 150 times more likely with the original
    private const float RestorePreference = 1f;    // a non-word is restored where the words' frequencies make the original likelier,
    private const float RestoreScore = 5f;         // and that preference plus the form's weight (capped) reaches this;
    private const float RealWordPreference = 1.5f; // a real word where the words and their company do,
    private const float RealWordScore = 6f;        // and with the form's weight reach this
    private const float WeightCap = 5f;
    private const float PossiblyScore = 4f;        // shown as possibly spun (not restored) from this score
    private const double SpunShare = 0.6;          // of a text's Han characters in spun paragraphs: the rest is spun too
    private const int SpunGap = 3;                 // a run of up to this many paragraphs between two spun ones is spun too
    private const float EvidenceWeight = 2f;       // a learned form is evidence if e^2 ≈ 7 times likelier in spun text than in clean
    private const float UnlikelyPreference = 1f;   // weak evidence: a word e^1 ≈ 3 times likelier restored…
    private const int UnlikelyWords = 5;           // …at least this many of them…
    private const int UnlikelyForms = 5;           // …of this many forms…
    private const double UnlikelyScore = 15;       // …whose preferences (each form once) sum to this per 1,000 characters, with an indicator;
    private const int ManyUnlikelyForms = 8;       // or without one, of this many forms

    /// <summary>The evidence in a stretch of text (for judging a document block by block).</summary>
    internal SpinTally Evidence(ReadOnlySpan<char> text) => Tally(text, Match(text, MatchGate.Evidence));

    private static SpinTally Tally(ReadOnlySpan<char> text, List<PairMatch> matches)
    {
        var spunParagraphs = 0;
        if (matches.Count >= 3)
        {
            var index = 0;
            foreach (var (start, end) in Lines(text))
            {
                var first = index;
                while (index < matches.Count && matches[index].Offset < end)
                {
                    index++;
                }

                spunParagraphs += Judge(Of(matches.GetRange(first, index - first), end - start)).Verdict == SpinVerdict.Spun ? 1 : 0;
            }
        }

        var tally = Of(matches, text.Length);
        return tally.WithSpunParagraphs(spunParagraphs);
    }

    // An indicator names its spinner only if no other spinner writes it: 可以或许 is the article's spinner's and the
    // classic tool's, so it vouches for neither's real words; 平易近 is the article's alone.
    private static SpinTally Of(List<PairMatch> matches, long length) => SpinTally.Of(
        matches.Where(IsIndicator).Select(m => (m.Pair.Spun, Signer(m.Pair), m.Pair.Learned)),
        matches.Where(IsUnlikely).Select(m => (m.Pair.Spun, m.Evidence)),
        length);

    private static string? Signer(SpinPair pair) => (pair.Writers.Count > 0 ? pair.Writers : pair.Families) is { Count: 1 } one ? one[0] : null;

    /// <summary>The verdict and score (indicators per 1,000 characters) of a text or a paragraph.</summary>
    internal static (SpinVerdict Verdict, double Score) Judge(SpinTally tally)
    {
        var hits = tally.Forms.Values.Sum();
        var forms = tally.Forms.Count;
        var length = Math.Max(tally.Length, 1);
        var score = hits * 1000.0 / length;
        var indicated = hits >= 3 && forms >= 2 && (score >= SpunScore || (hits >= ManyIndicators && forms >= ManyForms));
        var unlikely = tally.UnlikelyWords >= UnlikelyWords && tally.Unlikely.Count >= UnlikelyForms && tally.Unlikeliness * 1000.0 / length >= UnlikelyScore;
        var supported = hits >= 2 && forms >= 2 && score >= SpunScore && tally.Unlikely.Count >= 2; // few indicators, backed by unlikely words of other forms
        var verdict = tally.SpunParagraphs > 0 || indicated || supported || (unlikely && (hits >= 1 || tally.Unlikely.Count >= ManyUnlikelyForms))
            ? SpinVerdict.Spun
            : (hits == 0 || score < CleanScore) && !unlikely ? SpinVerdict.Clean
            : SpinVerdict.Unsure;
        return (verdict, Math.Round(score, 2));
    }

    // Restoring is a posterior judgement: the context's preference for the original (a likelihood ratio) plus how
    // typical of spun text the form is (its weight, a prior): 如许 for 这样 needs little context, 假设 for 如果 (a word
    // clean text uses all the time) a great deal. A real word's preference weighs its company as well (PairMatch), on
    // a larger scale than frequencies alone, hence its own thresholds (calibrated in docs/spin.md).
    // Where the context hardly tells two originals apart (大概: 或许 or 或者?), the form is shown, not restored; so is a
    // real word seen substituted in one file only (one spinner, once: 比方 for 比如 there, for 例如 in the next file).
    private static bool Restores(PairMatch m)
    {
        if (float.IsPositiveInfinity(m.Preference))
        {
            return true;
        }

        var realWord = m.Pair.Kind == SpinKind.RealWord;
        if (realWord && m.Pair.Learned && m.Pair.Files < 2)
        {
            return false;
        }

        var (floor, score) = m.Pair.AsksCompany ? (RealWordPreference, RealWordScore) : (RestorePreference, RestoreScore);
        return m.Preference >= floor && m.Margin >= floor && m.Preference + Math.Min(m.Pair.Weight, WeightCap) >= score;
    }

    // A learned word left as written is still shown as possibly spun where the judgement was close; a faint preference
    // (现实 for 实际 anywhere) would only clutter the reading. A curated pair is always shown.
    private static bool Reported(PairMatch m) =>
        !m.Pair.Learned || Restores(m) || m.Preference + Math.Min(m.Pair.Weight, WeightCap) >= PossiblyScore;

    // A fingerprint; a learned form well above its clean usage; a pair of your own. A curated real word is evidence of
    // nothing alone: it belongs to the article's spinner, and counts once that spinner's fingerprints have spoken.
    private static bool CanBeEvidence(SpinPair pair) =>
        pair.Fingerprint || (pair.Learned ? pair.Weight >= EvidenceWeight : pair.Families.Count == 0);

    private static bool IsIndicator(PairMatch m) =>
        !m.Possibly && m.Pair.Restorable && (m.Pair.Fingerprint || (m.Evidence >= IndicatorPreference && m.Pair.Weight >= EvidenceWeight));

    private static bool IsUnlikely(PairMatch m) =>
        !m.Possibly && m.Pair.Restorable && m.Evidence >= UnlikelyPreference && m.Evidence < IndicatorPreference && m.Pair.Weight >= EvidenceWeight;

    /// <summary>
    /// The verdict of each paragraph (non-blank line) of a text judged <paramref name="document"/>: its own evidence decides;
    /// in a spun text a paragraph with an indicator, two weakly unlikely words or one measured as hardly ever clean is
    /// spun, so is a run of up to three between two spun ones, and when most of the text is spun so is the rest.
    /// </summary>
    private static List<SpinParagraph> Paragraphs(string text, List<PairMatch> matches, SpinVerdict document)
    {
        var paragraphs = new List<SpinParagraph>();
        var index = 0;
        foreach (var (start, end) in Lines(text))
        {
            var inside = new List<PairMatch>();
            while (index < matches.Count && matches[index].Offset < end)
            {
                if (matches[index].Offset >= start)
                {
                    inside.Add(matches[index]);
                }

                index++;
            }

            var own = Of(inside, end - start);
            var verdict = Judge(own).Verdict;
            // In a spun text: an indicator, two unlikely words, or one the learner measured as hardly ever written in
            // clean text (咱们 for 我们: e^9.6 times likelier in spun text; a line of a spun page often holds just it).
            if (document == SpinVerdict.Spun && verdict != SpinVerdict.Spun
                && (own.Forms.Count > 0 || own.Unlikely.Count >= 2 || inside.Any(m => IsUnlikely(m) && float.IsFinite(m.Pair.Weight) && m.Pair.Weight >= WeightCap)))
            {
                verdict = SpinVerdict.Spun;
            }

            paragraphs.Add(new SpinParagraph(start, end - start, verdict, own.Forms.Values.Sum()));
        }

        if (document != SpinVerdict.Spun)
        {
            return paragraphs;
        }

        // A spinner rewrites runs of text: in a spun text, a run of up to SpunGap paragraphs between two spun ones is
        // spun too (short lines of a spun page often hold one common word each, too little to judge alone; a clean body
        // below a spun abstract is bounded by no second spun paragraph); and when most of the text is spun, so is the rest.
        bool IsSpun(int i) => paragraphs[i].Verdict == SpinVerdict.Spun;
        var sandwiched = new List<int>();
        var last = -1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (IsSpun(i))
            {
                if (last >= 0 && i - last - 1 <= SpunGap)
                {
                    sandwiched.AddRange(Enumerable.Range(last + 1, i - last - 1));
                }

                last = i;
            }
        }

        sandwiched.ForEach(i => paragraphs[i] = AsSpun(paragraphs[i]));
        var (han, spunHan) = (0, 0);
        foreach (var p in paragraphs)
        {
            var count = Han.Count(text.AsSpan(p.Offset, p.Length));
            han += count;
            spunHan += p.Verdict == SpinVerdict.Spun ? count : 0;
        }

        return han > 0 && spunHan >= SpunShare * han ? paragraphs.Select(AsSpun).ToList() : paragraphs;

        static SpinParagraph AsSpun(SpinParagraph p) => p.Verdict == SpinVerdict.Spun ? p : new SpinParagraph(p.Offset, p.Length, SpinVerdict.Spun, p.Evidence);
    }

    /// <summary>The non-blank lines of a text as (start, end) offsets, without their line breaks (any of <see cref="LineBreaks.Chars"/>).</summary>
    private static List<(int Start, int End)> Lines(ReadOnlySpan<char> text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var length = text[start..].IndexOfAny(LineBreaks.Chars);
            var end = length < 0 ? text.Length : start + length;
            if (!text[start..end].IsWhiteSpace())
            {
                lines.Add((start, end));
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>Every candidate the judging pass and the full pass see, with its numbers (for explaining a verdict).</summary>
    internal IEnumerable<SpinCandidate> Candidates(string text) =>
        Match(text, MatchGate.Any).Select(m => new SpinCandidate(m.Offset, m.Pair.Spun, m.Pair.Original, m.Preference, m.Margin, m.Pair.Weight,
            IsIndicator(m), IsUnlikely(m), Restores(m)));
}
