namespace Glossary.Spin;

/// <summary>
/// One row of a spin table: a spun form, its probable original, and where the form is left alone; a learned pair
/// also names the spinner families it was seen from ('|'-separated) and where it was seen (file ids and counts).
/// </summary>
internal sealed record SpinPair(string Spun, string Original, SpinKind Kind, SpinConfidence Confidence, string Note, bool Fingerprint,
    IReadOnlyList<SpinGuard> Guards, string Family = "", string Source = "")
{
    /// <summary>The families, split; none for a pair of your own, which applies wherever a text is spun.</summary>
    public IReadOnlyList<string> Families { get; init; } = Family.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// How much likelier the spun form is in spun text than in clean text (natural log), as the learner measured it;
    /// infinite for a curated pair or one of your own. Only a form well above clean usage is evidence of a spinner.
    /// </summary>
    public float Weight { get; init; } = float.PositiveInfinity;

    /// <summary>
    /// Every family known to write the spun form, in any table of a combination (可以或许: the article's spinner's and
    /// the classic tool's): an indicator names its spinner only when this is one family.
    /// </summary>
    public IReadOnlyList<string> Writers { get; init; } = [];

    /// <summary>Whether the pair was learned from aligned text (it names where it was seen) rather than curated by hand.</summary>
    public bool Learned => Source.Length > 0;

    /// <summary>In how many source files a learned pair was seen (its evidence lists one file per entry).</summary>
    public int Files { get; } = Source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Whether its context decides it by the words' company as well as their frequencies: a real word, or any form
    /// clean text writes too (这样的 is no dictionary word but a phrase clean Chinese uses all the time). Only a
    /// fingerprint, a form clean text never writes, reads wrong by itself.
    /// </summary>
    public bool AsksCompany => Kind == SpinKind.RealWord || (Kind is SpinKind.NonWord or SpinKind.Boundary && !Fingerprint);

    /// <summary>Whether the restored reading may replace it (a medium-confidence pair is only ever marked).</summary>
    public bool Restorable => Confidence != SpinConfidence.Medium;

}

/// <summary>A context in which a spun form is a real word: <see cref="Context"/> holds the form at <see cref="At"/>.</summary>
internal sealed record SpinGuard(string Context, int At, bool Possibly)
{
    public bool Holds(ReadOnlySpan<char> text, int offset)
    {
        var start = offset - At;
        return start >= 0 && start + Context.Length <= text.Length && text.Slice(start, Context.Length).SequenceEqual(Context);
    }
}
