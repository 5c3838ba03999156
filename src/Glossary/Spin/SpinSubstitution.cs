namespace Glossary.Spin;

/// <summary>
/// One place where the text as written seems to be a spinner's substitution, with the probable original. Made by
/// <see cref="SpinTable.Analyze"/>: <c>text.Substring(Offset, Length) == Spun</c> always holds.
/// </summary>
public sealed class SpinSubstitution
{
    internal SpinSubstitution(int offset, SpinPair pair, bool restored, string? gloss)
    {
        Offset = offset;
        Spun = pair.Spun;
        Original = pair.Original;
        Kind = pair.Kind;
        Confidence = pair.Confidence;
        Restored = restored;
        Note = pair.Note;
        Gloss = gloss;
    }

    /// <summary>Start in the text as written, in UTF-16 code units.</summary>
    public int Offset { get; }

    /// <summary>Length in UTF-16 code units: the length of <see cref="Spun"/>.</summary>
    public int Length => Spun.Length;

    /// <summary>The form as written (手艺).</summary>
    public string Spun { get; }

    /// <summary>The probable original (技术); alternatives are separated by '/'.</summary>
    public string Original { get; }

    /// <summary>What kind of substitution it is; <see cref="SpinKind.Inversion"/> means the surface meaning is the opposite.</summary>
    public SpinKind Kind { get; }

    /// <summary>How sure the table is of the pair.</summary>
    public SpinConfidence Confidence { get; }

    /// <summary>
    /// Whether the restored reading replaces it. <see langword="false"/> means "possibly spun": the form may be a real
    /// word here (a medium-confidence pair, or a context where the table knows the form is often genuine).
    /// </summary>
    public bool Restored { get; }

    /// <summary>The table's note on the pair (its meaning, why it is a substitution).</summary>
    public string Note { get; }

    /// <summary>An English gloss of the original, when <see cref="SpinTable.Analyze"/> was given a glossary that has it.</summary>
    public string? Gloss { get; }
}
