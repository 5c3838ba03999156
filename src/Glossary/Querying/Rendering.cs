using Glossary.Terms;

namespace Glossary.Querying;

/// <summary>
/// One way a looked-up term was translated in the bilingual documents of an index: the words as most often written
/// (*file*, with *files* folded into it), how many units render the term so, and whether the glossary approves.
/// </summary>
public sealed class Rendering
{
    internal Rendering(string text, int count, TermStatus status, bool inGlossary, IReadOnlyList<string> units)
    {
        Text = text;
        Count = count;
        Status = status;
        InGlossary = inGlossary;
        Units = units.ToList().AsReadOnly();
    }

    /// <summary>The rendering as most often written in the units.</summary>
    public string Text { get; }

    /// <summary>The number of units that hold the term and render it so (inflections folded together).</summary>
    public int Count { get; }

    /// <summary>The status of the glossary's gloss this rendering matches, or <see cref="TermStatus.Unspecified"/>.</summary>
    public TermStatus Status { get; }

    /// <summary>Whether the rendering matches one of the glossary entry's glosses (an approved translation, or a flagged one).</summary>
    public bool InGlossary { get; }

    /// <summary>The ids of units that render the term so, a few examples in document order.</summary>
    public IReadOnlyList<string> Units { get; }
}
