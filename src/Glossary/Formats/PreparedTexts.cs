using Glossary.Terms;

namespace Glossary.Formats;

// The glosses and pinyin of a prepared glossary's entries, read from its data when an entry is first shown: per
// entry, where its two strings start (the packed glosses, then the numbered pinyin; see PreparedGlossary's layout).
internal sealed class PreparedTexts(ReadOnlyMemory<byte> data, int[] textsAt) : PackedTexts
{
    public override string Glosses(int entry)
    {
        var position = textsAt[entry];
        return PreparedGlossary.ReadString(data.Span, ref position);
    }

    public override string Pinyin(int entry)
    {
        var position = textsAt[entry];
        PreparedGlossary.SkipString(data.Span, ref position);
        return PreparedGlossary.ReadString(data.Span, ref position);
    }
}
