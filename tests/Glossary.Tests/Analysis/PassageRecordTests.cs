using Glossary.Analysis;
using Glossary.Errors;

namespace Glossary.Tests.Analysis;

public sealed class PassageRecordTests
{
    [Theory]
    [InlineData(0, 0, 5, 1, 3, 0, "一二三四五")]
    [InlineData(41, 1_000_000, 1_000_300, 1_000_002, 290, 999_936, "窗口𠀀😀 window\n")]
    [InlineData(int.MaxValue, int.MaxValue - 2, int.MaxValue, int.MaxValue - 1, 1, int.MaxValue - 66, "")]
    public void Record_ReadsBackWhatWasWritten(int number, int segmentStart, int segmentEnd, int offset, int length, int windowStart, string window)
    {
        var bytes = PassageRecord.Encode(number, segmentStart, segmentEnd, offset, length, windowStart, window);

        var record = PassageRecord.Of(bytes);

        Assert.Equal(
            (number, segmentStart, segmentEnd, offset, length, windowStart, window),
            (record.Number, record.SegmentStart, record.SegmentEnd, record.Offset, record.Length, record.WindowStart, record.Window.ToString()));
    }

    [Fact]
    public void Record_ReadsInPlace_FromAnyOffsetOfALargerBuffer()
    {
        // Lucene hands a value back as a slice of its own buffer, at any offset (an odd one included).
        var bytes = PassageRecord.Encode(7, 10, 20, 11, 8, 0, "前文段落后文");
        var buffer = new byte[bytes.Length + 3];
        bytes.CopyTo(buffer, 1);

        var record = PassageRecord.Of(buffer.AsSpan(1, bytes.Length));

        Assert.Equal((7, "前文段落后文"), (record.Number, record.Window.ToString()));
    }

    [Fact]
    public void Record_CutShort_IsADamagedIndex()
    {
        var bytes = PassageRecord.Encode(1, 2, 3, 2, 1, 0, "文");

        var error = Assert.Throws<GlossaryException>(() => PassageRecord.Of(bytes.AsSpan(0, 23)));

        Assert.Contains("Re-index", error.Message, StringComparison.Ordinal);
    }
}
