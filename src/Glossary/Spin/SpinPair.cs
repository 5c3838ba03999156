namespace Glossary.Spin;

/// <summary>One row of a spin table: a spun form, its probable original, and where the form is left alone.</summary>
internal sealed record SpinPair(string Spun, string Original, SpinKind Kind, SpinConfidence Confidence, string Note, bool Fingerprint, IReadOnlyList<SpinGuard> Guards)
{
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
