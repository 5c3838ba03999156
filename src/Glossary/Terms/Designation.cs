namespace Glossary.Terms;

/// <summary>
/// One written form of a concept: a Chinese term or an English gloss, with what the glossary says of it (TBX calls it
/// a term; terminologists, a designation).
/// </summary>
/// <param name="Text">The form as written.</param>
public sealed record Designation(string Text)
{
    /// <summary>Whether the form may be used. A deprecated or forbidden gloss is kept, and shown as such.</summary>
    public TermStatus Status { get; init; }

    /// <summary>The part of speech as the glossary writes it (<c>noun</c>, <c>verb</c>, …), or <see langword="null"/>.</summary>
    public string? PartOfSpeech { get; init; }

    /// <summary>
    /// <see langword="true"/> for a CC-CEDICT classifier gloss (<c>CL:個|个[ge4]</c>): it names the measure word used
    /// with the term rather than translating it.
    /// </summary>
    public bool IsClassifier => Text.StartsWith("CL:", StringComparison.Ordinal);

    /// <summary>Whether a translator should avoid the form (<see cref="TermStatus.Deprecated"/> or <see cref="TermStatus.Forbidden"/>).</summary>
    public bool IsDiscouraged => Status is TermStatus.Deprecated or TermStatus.Forbidden;
}
