namespace Glossary.Spin;

/// <summary>
/// The evidence of spinning found in a stretch of text: each indicator form and how often it occurs, the length, and
/// how many of its paragraphs are spun on their own evidence. Tallies of a document's blocks add up to the document's.
/// </summary>
internal sealed class SpinTally
{
    public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);

    public long Length { get; private set; }

    public int SpunParagraphs { get; private set; }

    public static SpinTally Of(IEnumerable<string> indicators, long length, int spunParagraphs)
    {
        var tally = new SpinTally { Length = length, SpunParagraphs = spunParagraphs };
        foreach (var form in indicators)
        {
            tally.Forms[form] = tally.Forms.GetValueOrDefault(form) + 1;
        }

        return tally;
    }

    /// <summary>Adds another stretch's tally (not thread-safe: the caller locks).</summary>
    public void Add(SpinTally other)
    {
        foreach (var (form, count) in other.Forms)
        {
            Forms[form] = Forms.GetValueOrDefault(form) + count;
        }

        Length += other.Length;
        SpunParagraphs += other.SpunParagraphs;
    }
}
