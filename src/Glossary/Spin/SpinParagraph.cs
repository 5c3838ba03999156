namespace Glossary.Spin;

/// <summary>
/// One paragraph (a non-blank line) of a text and its own verdict: a clean post with a spun abstract is a clean text
/// with one spun paragraph.
/// </summary>
public sealed class SpinParagraph
{
    internal SpinParagraph(int offset, int length, SpinVerdict verdict, int evidence) => (Offset, Length, Verdict, Evidence) = (offset, length, verdict, evidence);

    /// <summary>Start in the text as written, in UTF-16 code units.</summary>
    public int Offset { get; }

    /// <summary>Length in UTF-16 code units, without the line break.</summary>
    public int Length { get; }

    /// <summary>
    /// Spun when the paragraph holds evidence of a spinner on its own, or holds any in a spun text, or belongs to a
    /// text that is mostly spun; clean with no evidence; unsure otherwise.
    /// </summary>
    public SpinVerdict Verdict { get; }

    /// <summary>How many indicators of spinning the paragraph holds (fingerprints and strongly unlikely words).</summary>
    public int Evidence { get; }
}
