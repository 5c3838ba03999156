using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Reading;

/// <summary>
/// What a <see cref="ReadingView"/> marks and explains. Immutable; change a copy with <c>with</c>:
/// <c>ReadingOptions.Default with { Terms = terms }</c>.
/// </summary>
public sealed record ReadingOptions
{
    /// <summary>No glossary, no dictionary, the bundled spin table, and the title "Reading view".</summary>
    public static ReadingOptions Default { get; } = new();

    /// <summary>The page's title (a file name, a document key). Default: "Reading view".</summary>
    public string Title { get; init; } = "Reading view";

    /// <summary>
    /// The glossary whose terms are marked, each occurrence counted as an exact look-up counts it (a term inside a
    /// longer one is marked too). Default: none (<see cref="TermBase.Empty"/>).
    /// </summary>
    public TermBase Terms { get; init; } = TermBase.Empty;

    /// <summary>
    /// A dictionary whose words are marked more lightly in the stretches no glossary term covers (leftmost-longest),
    /// or <see langword="null"/> (the default) for none.
    /// </summary>
    public TermBase? Dictionary { get; init; }

    /// <summary>
    /// The spinner substitutions the text is judged with (verdict, substitutions, likely deletions, restored reading),
    /// or <see langword="null"/> to leave spin out. Default: <see cref="SpinTable.Bundled"/>. The originals are glossed
    /// from <see cref="Terms"/> over <see cref="Dictionary"/>. Ignored when a <see cref="SpinReport"/> is given.
    /// </summary>
    public SpinTable? SpinTable { get; init; } = SpinTable.Bundled;
}
