namespace Glossary.Querying;

/// <summary>Options of <see cref="CorpusIndex.Lookup(string, LookupOptions?)"/>; change them with <c>with</c>.</summary>
public sealed record LookupOptions
{
    /// <summary>The defaults: 30 characters of context each side, every occurrence.</summary>
    public static LookupOptions Default { get; } = new();

    /// <summary>
    /// Characters of context on each side of a match, 0 to 64 (default 30). Context stops early at a line break:
    /// it never runs into another paragraph.
    /// </summary>
    public int ContextLength { get; init; } = 30;

    /// <summary>
    /// In documents judged spun, also find the forms a spinner wrote for the term (技术 finds 手艺, 移民 finds
    /// 移平易近), each occurrence naming what it stands for in <see cref="TermOccurrence.SpunFormOf"/>. On by default.
    /// </summary>
    public bool IncludeSpunForms { get; init; } = true;

    /// <summary>
    /// In bilingual documents, find how the term was translated (<see cref="TermReport.Renderings"/>) and highlight
    /// the rendering in each occurrence's translation. On by default.
    /// </summary>
    public bool IncludeRenderings { get; init; } = true;

    /// <summary>The most occurrences to return, or <see langword="null"/> (the default) for all of them.</summary>
    public int? Limit { get; init; }
}
