namespace Glossary.Spin;

// Judging: a text is spun when its fingerprints (spun forms clean Chinese does not contain) are dense enough.
public sealed partial class SpinTable
{
    // At least this many fingerprints per 1,000 characters, at least three occurrences of at least two forms. The
    // bundled article scores 17.8; no clean text measured scores above 0 (docs/spin.md).
    private const double SpunScore = 2.0;
    private const double CleanScore = 0.5;

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

    private static Dictionary<string, int> Evidence(List<PairMatch> matches)
    {
        var evidence = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in matches.Where(m => m.Pair.Fingerprint && !m.Possibly))
        {
            evidence[match.Pair.Spun] = evidence.GetValueOrDefault(match.Pair.Spun) + 1;
        }

        return evidence;
    }
}
