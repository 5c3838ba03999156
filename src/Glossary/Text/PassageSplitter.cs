namespace Glossary.Text;

// Paragraphs are lines. A paragraph longer than MaxLength is cut after sentence ends, packing whole sentences up to
// MaxLength; a sentence longer than that (a 10 MB line without punctuation) is cut at a comma or space near the limit,
// or at the limit itself, never inside a surrogate pair. Each passage's segment runs from its start to the next
// passage's start, so trailing spaces, line breaks and blank lines belong to the passage before them.
internal static class PassageSplitter
{
    /// <summary>The longest passage, in characters, unless a single character sequence forces more.</summary>
    public const int MaxLength = 300;

    private const string SentenceEnds = "。！？!?；;…";
    private const string Closers = "”’」』）)》〉】\"'";
    private const string SoftBreaks = "，,、： \t\u3000";

    public static IReadOnlyList<Passage> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<(int Start, int End)>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = LineBreaks.NextFrom(text, lineStart);
            AddParagraph(text, lineStart, lineEnd, chunks);
            lineStart = lineEnd + 1;
        }

        var passages = new List<Passage>(chunks.Count);
        for (var k = 0; k < chunks.Count; k++)
        {
            var segmentStart = k == 0 ? 0 : chunks[k].Start;
            var segmentEnd = k + 1 < chunks.Count ? chunks[k + 1].Start : text.Length;
            passages.Add(new Passage(k, segmentStart, segmentEnd, chunks[k].Start, chunks[k].End - chunks[k].Start));
        }

        return passages;
    }

    private static void AddParagraph(string text, int start, int end, List<(int, int)> chunks)
    {
        var chunkStart = start;
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var sentenceEnd = NextSentenceEnd(text, i, end);
            if (sentenceEnd - chunkStart > MaxLength && sentenceStart > chunkStart)
            {
                AddTrimmed(text, chunkStart, sentenceStart, chunks);
                chunkStart = sentenceStart;
            }

            while (sentenceEnd - chunkStart > MaxLength)
            {
                var cut = HardCut(text, chunkStart, chunkStart + MaxLength);
                AddTrimmed(text, chunkStart, cut, chunks);
                chunkStart = cut;
            }

            sentenceStart = i = sentenceEnd;
        }

        AddTrimmed(text, chunkStart, end, chunks);
    }

    private static int NextSentenceEnd(string text, int from, int end)
    {
        var i = from;
        while (i < end && !SentenceEnds.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }

        while (i < end && (SentenceEnds.Contains(text[i], StringComparison.Ordinal) || Closers.Contains(text[i], StringComparison.Ordinal)))
        {
            i++;
        }

        return i;
    }

    private static int HardCut(string text, int start, int limit)
    {
        for (var i = limit; i > limit - (MaxLength / 3); i--)
        {
            if (SoftBreaks.Contains(text[i - 1], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return char.IsLowSurrogate(text[limit]) && char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static void AddTrimmed(string text, int start, int end, List<(int, int)> chunks)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            chunks.Add((start, end));
        }
    }
}
