namespace Glossary.Terms;

// What a reader means by a text typed into a look-up, decided once here so that every caller (the tool's `term`,
// a developer's own screen) lists the same entries: a surface form first, English words second, the first layer
// that knows them, and a cap that says how much it left out.
public sealed partial class TermBase
{
    /// <summary>
    /// The most entries <see cref="Match"/> returns unless told otherwise: a dictionary matches a common English word
    /// in hundreds of glosses, and the best few are what a reader wants.
    /// </summary>
    public const int DefaultMatchLimit = 10;

    /// <summary>
    /// The entries <paramref name="text"/> names. When it is a surface form (compared ordinally), every entry with that
    /// form, layer by layer: a user's entry first, then, say, each of a dictionary's readings. Otherwise, the entries
    /// whose glosses contain its English words (as <see cref="FindByGloss"/>, best fit first) from the first layer
    /// that has any: a dictionary's only when the glossaries above it have none. Chinese text never matches a gloss.
    /// </summary>
    /// <param name="text">A term, any string, or English words.</param>
    /// <param name="limit">The most entries to return (default <see cref="DefaultMatchLimit"/>); <see cref="TermMatch.Total"/> counts them all.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public TermMatch Match(string text, int limit = DefaultMatchLimit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var bySurface = FindAll(text);
        if (bySurface.Count > 0)
        {
            return new TermMatch(text, TermMatchKind.SurfaceForm, Cap(bySurface, limit), bySurface.Count);
        }

        foreach (var layer in _layers)
        {
            var byGloss = layer.FindByGloss(text).ToList();
            if (byGloss.Count > 0)
            {
                return new TermMatch(text, TermMatchKind.Gloss, Cap(byGloss, limit), byGloss.Count);
            }
        }

        return new TermMatch(text, TermMatchKind.None, [], 0);
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<TermEntry> Cap(IReadOnlyList<TermEntry> entries, int limit) =>
        entries.Take(limit).ToList().AsReadOnly();
}
