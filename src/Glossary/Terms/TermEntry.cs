namespace Glossary;

/// <summary>
/// One glossary entry: a Chinese term as written in the text, its other surface forms, and its English glosses.
/// Entries are immutable; a <see cref="TermBase"/> finds them by any surface form or by English words.
/// </summary>
public sealed record TermEntry
{
    /// <summary>Creates an entry with at least one gloss.</summary>
    /// <exception cref="ArgumentException">The term is empty or there is no non-empty gloss.</exception>
    public TermEntry(string term, IReadOnlyList<string> glosses)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentNullException.ThrowIfNull(glosses);
        if (glosses.Count == 0 || glosses.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"The entry '{term}' needs at least one gloss, and no empty ones.", nameof(glosses));
        }

        Term = term;
        Glosses = glosses;
    }

    /// <summary>The headword: the form as written in the text (a spun or abbreviated form stays as it is).</summary>
    public string Term { get; }

    /// <summary>The English glosses, most important first (never empty).</summary>
    public IReadOnlyList<string> Glosses { get; }

    /// <summary>
    /// Other surface forms that find this entry and are found in texts: traditional characters, the original form of
    /// a spun word (大交易 for 大买卖), abbreviations. Empty by default.
    /// </summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>Pinyin for display, or <see langword="null"/> when the glossary gives none.</summary>
    public string? Pinyin { get; init; }

    /// <summary>A free-text note (usage, source, caveats), or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Where the entry came from (the glossary's file name), or <see langword="null"/> when built in code.</summary>
    public string? Source { get; init; }

    /// <summary>The headword followed by the variants: every string that finds this entry.</summary>
    public IEnumerable<string> SurfaceForms => Variants.Prepend(Term);
}
