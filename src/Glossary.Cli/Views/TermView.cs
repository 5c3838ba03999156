using Glossary.Querying;
using Glossary.Terms;

namespace Glossary.Cli.Views;

/// <summary>
/// A look-up: the entries the text names (with how many there are in all), the exact count of occurrences, those
/// shown (sorted, at most the limit), the spinner's forms met among them, and how the term was translated in
/// bilingual documents.
/// </summary>
internal sealed record TermView(
    string Query,
    TermMatch Match,
    int Count,
    IReadOnlyList<TermOccurrence> Occurrences,
    IReadOnlyList<SpunForm> SpunForms,
    int Context,
    IReadOnlyList<Glossary.Querying.Rendering> Renderings);

/// <summary>A spinner's form found for what was looked up (手艺 for 技术), and how often.</summary>
internal sealed record SpunForm(string Form, string Original, int Count);

/// <summary>The order of a concordance, as `--sort` names it.</summary>
internal enum ConcordanceSort
{
    Position,
    Left,
    Right,
}

internal static class ConcordanceOrder
{
    /// <summary>The names `--sort` takes, as the help spells them.</summary>
    public static readonly IReadOnlyDictionary<string, ConcordanceSort> Names = new Dictionary<string, ConcordanceSort>(StringComparer.Ordinal)
    {
        ["position"] = ConcordanceSort.Position,
        ["left"] = ConcordanceSort.Left,
        ["right"] = ConcordanceSort.Right,
    };

    public static IEnumerable<TermOccurrence> Sort(IEnumerable<TermOccurrence> occurrences, ConcordanceSort sort) => sort switch
    {
        // Sorting on the left context reads it backwards from the match: the nearest word decides first.
        ConcordanceSort.Left => occurrences.OrderBy(o => new string([.. o.Left.Reverse()]), StringComparer.Ordinal).ThenBy(o => o.Offset),
        ConcordanceSort.Right => occurrences.OrderBy(o => o.Right, StringComparer.Ordinal).ThenBy(o => o.Offset),
        _ => occurrences.OrderBy(o => o.Document, StringComparer.Ordinal).ThenBy(o => o.Offset),
    };
}
