using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Glossary.Text;

namespace Glossary.Tests.Properties;

// Generated texts read through a reader that hands out random-sized chunks, cut into small blocks: the blocks are the
// text, each ends after a line break (but the last), none is blank unless the whole text is, and their passages are
// the whole text's passages, offset for offset.
public sealed class StreamingProperties
{
    private static readonly string[] Alphabet = ["大", "买卖", "。", "，", " ", "\n", "\r", "\r\n", "\u2028", "𠀀", "a", "　"];

    [Property(MaxTest = 300)]
    public Property Blocks_AreTheText_CutAtLineBreaks_WithTheWholeTextsPassages() =>
        Prop.ForAll(
            (from pieces in Gen.ArrayOf(Gen.Elements(Alphabet))
             from size in Gen.Choose(1, 40)
             from seed in Gen.Choose(0, int.MaxValue)
             select (Text: string.Concat(pieces), Size: size, Seed: seed)).ToArbitrary(),
            input =>
            {
                var blocks = TextBlocks.Read(new ChunkedReader(input.Text, ChunkSizes(input.Seed)), input.Size).ToList();
                var offsets = blocks.Select((b, i) => blocks.Take(i).Sum(a => a.Text.Length));
                var passages = blocks.SelectMany(b => PassageSplitter.Split(b.Text).Select(p => (b.Offset + p.Offset, p.Length)));
                return string.Concat(blocks.Select(b => b.Text)) == input.Text
                    && blocks.Select(b => b.Offset).SequenceEqual(offsets)
                    && blocks.SkipLast(1).All(b => LineBreaks.Chars.Contains(b.Text[^1], StringComparison.Ordinal))
                    && (blocks.Count <= 1 || blocks.All(b => !string.IsNullOrWhiteSpace(b.Text)))
                    && passages.SequenceEqual(PassageSplitter.Split(input.Text).Select(p => (p.Offset, p.Length)));
            });

    // Reads of one to eight characters, so line breaks, CRLF pairs and surrogate pairs fall on every edge.
    private static Func<int> ChunkSizes(int seed)
    {
        var random = new Random(seed);
        return () => random.Next(1, 9);
    }
}
