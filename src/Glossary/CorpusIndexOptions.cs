using Glossary.Spin;
using Glossary.Terms;

namespace Glossary;

/// <summary>
/// What a <see cref="CorpusIndex"/> works with: the glossary it reports entries from and the spin table that judges
/// its documents. Immutable; change a copy with <c>with</c>: <c>CorpusIndexOptions.Default with { Terms = terms }</c>.
/// </summary>
public sealed record CorpusIndexOptions
{
    /// <summary>No glossary, and the bundled spin table.</summary>
    public static CorpusIndexOptions Default { get; } = new();

    /// <summary>The glossary whose entries look-ups report and search results list. Default: none (<see cref="TermBase.Empty"/>).</summary>
    public TermBase Terms { get; init; } = TermBase.Empty;

    /// <summary>
    /// The spinner substitutions that judge each document as it is indexed (spun, clean or unsure) and let look-ups
    /// and searches find spun forms. Default: <see cref="SpinTable.Bundled"/>. An index records which table judged it:
    /// opening it with another table is an error, never a silent mix of two judgements.
    /// </summary>
    public SpinTable SpinTable { get; init; } = SpinTable.Bundled;
}
