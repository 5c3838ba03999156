using System.Text;

namespace Glossary.Spin;

/// <summary>
/// What <see cref="SpinTable.Analyze"/> found in a text: the verdict and its evidence, every substitution with its
/// probable original, places where words seem deleted, and the restored reading.
/// </summary>
public sealed class SpinReport
{
    internal SpinReport(string text, SpinVerdict verdict, double score, IReadOnlyList<SpinEvidence> evidence,
        IReadOnlyList<SpinSubstitution> substitutions, IReadOnlyList<SpinGap> gaps, IReadOnlyList<SpinParagraph> paragraphs)
    {
        Paragraphs = paragraphs.ToList().AsReadOnly();
        Text = text;
        Verdict = verdict;
        Score = score;
        Evidence = evidence.ToList().AsReadOnly();
        Substitutions = substitutions.ToList().AsReadOnly();
        Gaps = gaps.ToList().AsReadOnly();
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>Spun, clean, or unsure.</summary>
    public SpinVerdict Verdict { get; }

    /// <summary>The paragraphs (non-blank lines) of the text, each with its own verdict, in text order.</summary>
    public IReadOnlyList<SpinParagraph> Paragraphs { get; }

    /// <summary>Indicators of spinning (fingerprints and strongly unlikely words) per 1,000 characters of the text.</summary>
    public double Score { get; }

    /// <summary>The indicators found (fingerprints and strongly unlikely words) and how often, most frequent first.</summary>
    public IReadOnlyList<SpinEvidence> Evidence { get; }

    /// <summary>
    /// The substitutions, in text order, never overlapping. In a spun text, every pair of the table that matches;
    /// in a clean or unsure one, only fingerprints (a real 正在 or 技术 in clean text is left alone).
    /// </summary>
    public IReadOnlyList<SpinSubstitution> Substitutions { get; }

    /// <summary>Places where a word seems to have been deleted; only in a text judged spun.</summary>
    public IReadOnlyList<SpinGap> Gaps { get; }

    /// <summary>
    /// The restored reading: every substitution marked <see cref="SpinSubstitution.Restored"/> replaced by its
    /// original, in one pass (a restored form is never restored again), with a map back to the text as written.
    /// </summary>
    public RestoredText Restore()
    {
        var text = new StringBuilder(Text.Length);
        var replacements = new List<SpinReplacement>();
        var at = 0;
        foreach (var substitution in Substitutions.Where(s => s.Restored))
        {
            text.Append(Text, at, substitution.Offset - at);
            var original = substitution.Original.Split('/')[0];
            replacements.Add(new SpinReplacement(substitution, text.Length, original.Length));
            text.Append(original);
            at = substitution.Offset + substitution.Length;
        }

        text.Append(Text, at, Text.Length - at);
        return new RestoredText(text.ToString(), replacements);
    }
}
