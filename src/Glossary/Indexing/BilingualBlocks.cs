using Glossary.Bilingual;
using Glossary.Text;

namespace Glossary.Indexing;

// A bilingual document as the index holds it: its text is the Chinese side of every unit, as extracted, each
// followed by a line break; each unit is one passage, whatever its length, owning its text and the line break after
// it (a unit without a Chinese side owns the line break alone, so its other side is still searched). Offsets in a
// look-up are offsets in this text. Units are grouped into blocks of about TextBlocks.Size characters, so a large
// memory is analysed on every core as a long document is.
internal static class BilingualBlocks
{
    public static IEnumerable<SourceBlock> Of(BilingualDocument document, int size = TextBlocks.Size)
    {
        var text = new System.Text.StringBuilder();
        var passages = new List<Passage>();
        var units = new List<TranslationUnit>();
        var offset = 0;
        foreach (var unit in document.Units)
        {
            var chinese = unit.Chinese?.Text ?? string.Empty;
            var start = text.Length;
            text.Append(chinese).Append('\n');
            var trimmedStart = chinese.Length - chinese.TrimStart().Length;
            var trimmedLength = chinese.Trim().Length;
            passages.Add(new Passage(passages.Count, start, text.Length, start + trimmedStart, trimmedLength));
            units.Add(unit);
            if (text.Length >= size)
            {
                yield return Block(offset, text, passages, units);
                offset += text.Length;
                (text, passages, units) = (new System.Text.StringBuilder(), [], []);
            }
        }

        if (passages.Count > 0)
        {
            yield return Block(offset, text, passages, units);
        }
    }

    private static SourceBlock Block(int offset, System.Text.StringBuilder text, List<Passage> passages, List<TranslationUnit> units) =>
        new(offset, text.ToString()) { Passages = passages, Units = units };
}
