namespace Glossary.Spin;

// Judging: a text is spun when it holds enough evidence of a spinner — indicators of several forms, dense enough, or
// so many that no clean text holds them — and so is each paragraph on its own. An indicator is a fingerprint (a form
// clean Chinese does not contain) or a substitution whose context makes the original far more likely than the
// text as written.
public sealed partial class SpinTable
{
    // Calibrated on the article, the development set of spun text from the web and clean corpora (docs/spin.md).
    private const double SpunScore = 2.0;          // indicators per 1,000 characters for a spun text…
    private const double CleanScore = 0.5;         // …and under which a text is clean
    private const int ManyIndicators = 10;         // a long text with this many indicators of ManyForms forms is spun
    private const int ManyForms = 5;               // at any density of at least CleanScore
    private const float IndicatorPreference = 7f;  // e^7 ≈ 1,100 times more likely with the original
    private const float RestorePreference = 2f;    // a real word is restored where the original is e^2 ≈ 7 times more likely
    private const double SpunShare = 0.6;          // of a text's Han characters in spun paragraphs: the rest is spun too

    /// <summary>The evidence in a stretch of text (for judging a document block by block).</summary>
    internal SpinTally Evidence(ReadOnlySpan<char> text) => Tally(text, Match(text, MatchGate.Strict));

    private static SpinTally Tally(ReadOnlySpan<char> text, List<PairMatch> matches)
    {
        var indicators = matches.Where(IsIndicator).ToList();
        var spunParagraphs = 0;
        if (indicators.Count >= 2)
        {
            var index = 0;
            foreach (var (start, end) in Lines(text))
            {
                var own = new List<string>();
                for (; index < indicators.Count && indicators[index].Offset < end; index++)
                {
                    own.Add(indicators[index].Pair.Spun);
                }

                spunParagraphs += JudgeParagraph(own, end - start) == SpinVerdict.Spun ? 1 : 0;
            }
        }

        return SpinTally.Of(indicators.Select(m => m.Pair.Spun), text.Length, spunParagraphs);
    }

    /// <summary>The verdict and score (indicators per 1,000 characters) of a whole text.</summary>
    internal static (SpinVerdict Verdict, double Score) Judge(SpinTally tally)
    {
        var hits = tally.Forms.Values.Sum();
        var score = hits * 1000.0 / Math.Max(tally.Length, 1);
        var verdict = Judge(hits, tally.Forms.Count, score) is var own && own == SpinVerdict.Spun || tally.SpunParagraphs > 0
            ? SpinVerdict.Spun
            : own;
        return (verdict, Math.Round(score, 2));
    }

    private static SpinVerdict Judge(int hits, int forms, double score) =>
        hits == 0 || score < CleanScore ? SpinVerdict.Clean
        : hits >= 3 && forms >= 2 && (score >= SpunScore || (hits >= ManyIndicators && forms >= ManyForms)) ? SpinVerdict.Spun
        : SpinVerdict.Unsure;

    private static SpinVerdict JudgeParagraph(List<string> indicators, int length) =>
        indicators.Count >= 2 && indicators.Distinct(StringComparer.Ordinal).Count() >= 2 && indicators.Count * 1000.0 / Math.Max(length, 1) >= SpunScore
            ? SpinVerdict.Spun
            : indicators.Count > 0 ? SpinVerdict.Unsure : SpinVerdict.Clean;

    private static IEnumerable<string> Indicators(IEnumerable<PairMatch> matches) => matches.Where(IsIndicator).Select(m => m.Pair.Spun);

    private static bool IsIndicator(PairMatch m) => !m.Possibly && m.Pair.Restorable && (m.Pair.Fingerprint || m.Preference >= IndicatorPreference);

    /// <summary>
    /// The verdict of each paragraph (line) of a text judged <paramref name="document"/>: its own evidence decides;
    /// in a spun text a paragraph with any indicator is spun, and when most of the text is spun so is the rest.
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

            var own = Indicators(inside).ToList();
            var verdict = JudgeParagraph(own, end - start);
            if (verdict == SpinVerdict.Unsure && document == SpinVerdict.Spun)
            {
                verdict = SpinVerdict.Spun;
            }

            paragraphs.Add(new SpinParagraph(start, end - start, verdict, own.Count));
        }

        if (document == SpinVerdict.Spun)
        {
            var han = paragraphs.Sum(p => Han(text, p));
            var spun = paragraphs.Where(p => p.Verdict == SpinVerdict.Spun).Sum(p => Han(text, p));
            if (han > 0 && spun >= SpunShare * han)
            {
                paragraphs = paragraphs.Select(p => p.Verdict == SpinVerdict.Spun ? p : new SpinParagraph(p.Offset, p.Length, SpinVerdict.Spun, p.Evidence)).ToList();
            }
        }

        return paragraphs;

        static int Han(string text, SpinParagraph p)
        {
            var count = 0;
            foreach (var c in text.AsSpan(p.Offset, p.Length))
            {
                count += IsHan(c) ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>The non-blank lines of a text as (start, end) offsets, without their line breaks.</summary>
    private static List<(int Start, int End)> Lines(ReadOnlySpan<char> text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var length = text[start..].IndexOf('\n');
            var end = length < 0 ? text.Length : start + length;
            if (!text[start..end].IsWhiteSpace())
            {
                lines.Add((start, end));
            }

            start = end + 1;
        }

        return lines;
    }
}
