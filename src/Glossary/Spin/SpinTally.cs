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

    /// <summary>
    /// For each spinner family that alone writes some indicator form of the text: those forms (what names the text's
    /// spinner, see SpinTable.MatchGate).
    /// </summary>
    public Dictionary<string, HashSet<string>> Signed { get; } = new(StringComparer.Ordinal);

    /// <summary>The families of <see cref="Signed"/> one of whose forms is a curated pair's (not learned).</summary>
    public HashSet<string> SignedByHand { get; } = new(StringComparer.Ordinal);

    /// <param name="indicators">Each indicator: its form, the one family that writes it (none when several or no
    /// family do), whether the pair was learned.</param>
    /// <param name="unlikely">Each weakly unlikely word: its form and its preference for the original.</param>
    /// <param name="length">The stretch's length in characters.</param>
    public static SpinTally Of(IEnumerable<(string Form, string? Signer, bool Learned)> indicators, IEnumerable<(string Form, float Preference)> unlikely,
        long length)
    {
        var tally = new SpinTally { Length = length };
        foreach (var (form, preference) in unlikely)
        {
            tally.Note(form, preference, 1);
        }

        foreach (var (form, signer, learned) in indicators)
        {
            tally.Forms[form] = tally.Forms.GetValueOrDefault(form) + 1;
            if (signer is not null)
            {
                tally.Sign(signer, [form], byHand: !learned);
            }
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
        foreach (var (signer, forms) in other.Signed)
        {
            Sign(signer, forms, other.SignedByHand.Contains(signer));
        }
    }

    private void Sign(string signer, IEnumerable<string> forms, bool byHand)
    {
        if (!Signed.TryGetValue(signer, out var signed))
        {
            Signed[signer] = signed = new HashSet<string>(StringComparer.Ordinal);
        }

        signed.UnionWith(forms);
        if (byHand)
        {
            SignedByHand.Add(signer);
        }
    }

    private void Note(string form, float preference, int occurrences)
    {
        Unlikely[form] = Math.Max(Unlikely.GetValueOrDefault(form), preference);
        UnlikelyWords += occurrences;
    }
}
