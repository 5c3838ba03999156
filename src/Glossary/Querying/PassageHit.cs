using Glossary.Terms;

namespace Glossary.Querying;

/// <summary>A passage found by a search (<c>CorpusIndex.Search</c>).</summary>
public sealed class PassageHit
{
    internal PassageHit(string document, int passage, int offset, float score, string text, IReadOnlyList<Highlight> highlights, IReadOnlyList<TermSpan> terms,
        AlignedTranslation? translation)
    {
        Translation = translation;
        Document = document;
        Passage = passage;
        Offset = offset;
        Score = score;
        Text = text;
        Highlights = highlights.ToList().AsReadOnly();
        Terms = terms.ToList().AsReadOnly();
    }

    /// <summary>The key of the document.</summary>
    public string Document { get; }

    /// <summary>The passage's number in its document, from 0.</summary>
    public int Passage { get; }

    /// <summary>Start of the passage in the document, in UTF-16 code units.</summary>
    public int Offset { get; }

    /// <summary>Length of the passage in UTF-16 code units: the length of <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>Relevance (BM25, exact phrases boosted); only comparable within one search.</summary>
    public float Score { get; }

    /// <summary>The passage text: <c>documentText.Substring(Offset, Length)</c>.</summary>
    public string Text { get; }

    /// <summary>What matched the query, as document ranges, sorted and never overlapping or touching.</summary>
    public IReadOnlyList<Highlight> Highlights { get; }

    /// <summary>The glossary terms in the passage, with document offsets and their entries' glosses.</summary>
    public IReadOnlyList<TermSpan> Terms { get; }

    /// <summary>
    /// In a bilingual document, the other side of the passage's unit, with the query's English words highlighted;
    /// <see langword="null"/> in a plain document.
    /// </summary>
    public AlignedTranslation? Translation { get; }
}
