namespace Glossary.Spin;

/// <summary>
/// The evidence of spinning found in a stretch of text: each indicator form and how often it occurs, the weakly
/// unlikely forms, the length, and how many of its paragraphs are spun on their own evidence. Tallies of a document's
/// blocks add up to the document's.
/// </summary>
internal sealed class SpinTally
{
    public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);

    public long Length { get; private set; }

    public int SpunParagraphs { get; private set; }

    /// <summary>
    /// The weak evidence: each form a little unlikely as written, with its highest preference for the original. A form
    /// counts once however often it recurs: a genuine term used a hundred times is one piece of evidence, not a hundred.
    /// </summary>
    public Dictionary<string, float> Unlikely { get; } = new(StringComparer.Ordinal);

    /// <summary>How many times weakly unlikely forms occur.</summary>
    public int UnlikelyWords { get; private set; }

    /// <summary>The sum of the unlikely forms' preferences (each form once).</summary>
    public double Unlikeliness => Unlikely.Values.Sum();

    public static SpinTally Of(IEnumerable<string> indicators, IEnumerable<(string Form, float Preference)> unlikely, long length)
    {
        var tally = new SpinTally { Length = length };
        foreach (var (form, preference) in unlikely)
        {
            tally.Note(form, preference, 1);
        }

        foreach (var form in indicators)
        {
            tally.Forms[form] = tally.Forms.GetValueOrDefault(form) + 1;
        }

        return tally;
    }

    /// <summary>The same tally, with the number of paragraphs judged spun on their own evidence.</summary>
    public SpinTally WithSpunParagraphs(int spunParagraphs)
    {
        SpunParagraphs = spunParagraphs;
        return this;
    }

    /// <summary>Adds another stretch's tally (not thread-safe: the caller locks).</summary>
    public void Add(SpinTally other)
    {
        foreach (var (form, count) in other.Forms)
        {
            Forms[form] = Forms.GetValueOrDefault(form) + count;
        }

        Length += other.Length;
        foreach (var (form, preference) in other.Unlikely)
        {
            Note(form, preference, 0);
        }

        UnlikelyWords += other.UnlikelyWords;
        SpunParagraphs += other.SpunParagraphs;
    }

    private void Note(string form, float preference, int occurrences)
    {
        Unlikely[form] = Math.Max(Unlikely.GetValueOrDefault(form), preference);
        UnlikelyWords += occurrences;
    }
}
