namespace Glossary.Benchmarks;

/// <summary>
/// A substitution learned from aligned pairs: the spun form and its original, how often it was seen and in which spun
/// source files (with provenance, dev:… or web:…), its kind, its count in clean text, and the spinner families of
/// the files it was seen in.
/// </summary>
internal sealed record LearnedSpinPair(string Spun, string Original, int Count, IReadOnlyDictionary<string, int> Files, string Kind, long CleanCount)
{
    /// <summary>Family names, several separated by '|'; set once the files are clustered.</summary>
    public string Family { get; init; } = string.Empty;

    /// <summary>
    /// How much likelier the spun form is in spun text than in clean text: the natural log of its rate among the
    /// training pairs' spun characters over its rate in the clean corpora (a count of ½ where it is absent). A form
    /// common in clean text (效果, 当前) is weak evidence of a spinner however often one writes it.
    /// </summary>
    public double Weight { get; init; }

    /// <summary>A spun form clean text does not contain, and not a real word: it alone can say a text is spun.</summary>
    public bool Fingerprint => Kind is "non-word" or "boundary" && Spun.Length >= 2 && CleanCount == 0;

    /// <summary>The provenance list: file×occurrences, most occurrences first (dev:34549239012×3 web:19375083666×1).</summary>
    public string Evidence => string.Join(' ', Files.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}×{f.Value}"));
}
