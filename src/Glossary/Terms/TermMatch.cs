namespace Glossary.Terms;

/// <summary>
/// The entries a user means by a text (<see cref="TermBase.Match"/>): every entry with that surface form, or, for
/// English words, the entries whose glosses contain them. Holds at most the limit asked for, and the total found.
/// </summary>
public sealed class TermMatch
{
    internal TermMatch(string text, TermMatchKind kind, IReadOnlyList<TermEntry> entries, int total)
    {
        Text = text;
        Kind = kind;
        Entries = entries;
        Total = total;
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>How the entries were found: by surface form, by gloss, or not at all.</summary>
    public TermMatchKind Kind { get; }

    /// <summary>The entries found, best first, at most the limit asked for (empty when <see cref="Kind"/> is <see cref="TermMatchKind.None"/>).</summary>
    public IReadOnlyList<TermEntry> Entries { get; }

    /// <summary>The number of entries found in all, of which <see cref="Entries"/> holds the first.</summary>
    public int Total { get; }
}
