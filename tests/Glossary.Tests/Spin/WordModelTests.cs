using Glossary.Spin;

namespace Glossary.Tests.Spin;

// The word model: jieba's line format read as written (CRLF too, malformed lines skipped); the prepared form the
// library embeds equal to the model built from jieba's dictionary itself, and written and read back whole; the bundled
// model preferring the common word to its spun form.
public sealed class WordModelTests
{
    [Fact]
    public void Parse_ReadsCrLfLines_AndSkipsMalformedOnes()
    {
        using var reader = new StringReader("系统 900 n\r\n体系 300 n\r\n坏行\r\n操作 400 v\r\n数 x n\r\n");
        Assert.Equal([("系统", 900L), ("体系", 300L), ("操作", 400L)], WordModel.Parse(reader).ToArray());
    }

    [Fact]
    public void Score_PrefersTheCommonWord_ToItsSpunForm()
    {
        var model = WordModel.Bundled;
        Assert.True(model.Score("操作系统") > model.Score("操作体系"));
        Assert.True(model.Score("配置") > model.Score("设置装备摆设"));
        Assert.True(model.Score("我们") > model.Score("咱们"));
    }

    [Fact]
    public void Bundled_IsTheModelBuiltFromJiebasDictionary()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "jieba-dict.txt"));
        var parsed = new WordModel(WordModel.Parse(reader));
        Assert.Equal(Bytes(parsed), Bytes(WordModel.Bundled));
    }

    [Fact]
    public void WriteThenRead_GivesTheSameModel()
    {
        using var reader = new StringReader("系统 900 n\n体系 300 n\n操作 400 v\n操作系统 50 n\n设置 20 v\n");
        var model = new WordModel(WordModel.Parse(reader));
        var read = WordModel.Read(Bytes(model));
        Assert.Equal(Bytes(model), Bytes(read));
        foreach (var text in new[] { "操作系统", "操作体系", "系统设置", "未知字" })
        {
            Assert.Equal(model.Score(text), read.Score(text));
        }
    }

    [Fact]
    public void Read_RefusesWhatIsNotAWholeModel()
    {
        using var reader = new StringReader("系统 900 n\n");
        var bytes = Bytes(new WordModel(WordModel.Parse(reader)));
        Assert.Throws<InvalidDataException>(() => WordModel.Read(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.Throws<InvalidDataException>(() => WordModel.Read([.. bytes, 0]));
        bytes[0] ^= 0xff;
        Assert.Throws<InvalidDataException>(() => WordModel.Read(bytes));
    }

    private static byte[] Bytes(WordModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }
}
