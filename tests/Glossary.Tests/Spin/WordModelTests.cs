using System.IO.Compression;
using Glossary.Spin;

namespace Glossary.Tests.Spin;

// The word model: jieba's line format and the word-pairs format read as written (CRLF too, malformed lines skipped);
// the prepared form the library embeds equal to the model built from jieba's dictionary and the bundled pairs file
// themselves, and written and read back whole; the bundled model preferring the common word to its spun form, and
// with word pairs the word its company expects; pair estimates that follow the counts.
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
    public void Bundled_IsTheModelBuiltFromJiebasDictionaryAndTheWordPairs()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "jieba-dict.txt"));
        using var pairs = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "word-pairs.tsv.gz")), CompressionMode.Decompress));
        var parsed = new WordModel(WordModel.Parse(reader), WordModel.ParsePairs(pairs));
        Assert.Equal(Bytes(parsed), Bytes(WordModel.Bundled));
    }

    [Fact]
    public void Bundled_HoldsEveryPairOfItsFile_AsItsStampSays()
    {
        using var pairs = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "word-pairs.tsv.gz")), CompressionMode.Decompress));
        var count = WordModel.ParsePairs(pairs).Count();
        Assert.Equal(count, WordModel.Bundled.PairCount);
        Assert.Contains($"word pairs: {count:N0} ", WordModel.PairsStamp, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePairs_ReadsTabSeparatedCounts_AndSkipsCommentsAndMalformedLines()
    {
        using var reader = new StringReader("# comment\t1\t2\n<s>\t通过\t5\r\n通过\t命令\t3\n坏行\n命令\t</s>\tx\n命令\t行\t0\n");
        Assert.Equal([("<s>", "通过", 5L), ("通过", "命令", 3L)], WordModel.ParsePairs(reader).ToArray());
    }

    [Fact]
    public void Score_WithPairs_PrefersTheWordItsCompanyExpects()
    {
        // 经过 and 通过 are both common words; before 命令 ("by means of a command") only 通过 is usual, which word
        // frequencies alone do not know.
        var model = WordModel.Bundled;
        var byFrequency = model.Score("通过命令") - model.Score("经过命令");
        var byCompany = model.Score("通过命令", startsRun: false, endsRun: false) - model.Score("经过命令", startsRun: false, endsRun: false);
        Assert.True(byCompany > byFrequency + 1, $"{byCompany} against {byFrequency}");
        Assert.True(model.Score("操作系统", true, true) > model.Score("操作体系", true, true));
    }

    [Fact]
    public void Pairs_FollowTheCounts()
    {
        // A tiny corpus: 通过 is followed by 命令 three times and by 设置 once; 经过 never starts a pair.
        using var words = new StringReader("通过 100 p\n经过 100 p\n命令 100 n\n设置 100 v\n");
        var plain = new WordModel(WordModel.Parse(words));
        var counted = plain.CountPairs(["通过命令。通过命令，通过命令", "通过设置"]);
        Assert.Equal(3, counted[("通过", "命令")]);
        Assert.Equal(1, counted[("通过", "设置")]);
        Assert.Equal(4, counted[("<s>", "通过")]);
        Assert.Equal(3, counted[("命令", "</s>")]);

        using var again = new StringReader("通过 100 p\n经过 100 p\n命令 100 n\n设置 100 v\n");
        var model = new WordModel(WordModel.Parse(again), counted.Select(p => (p.Key.First, p.Key.Second, p.Value)));
        Assert.Equal(counted.Count, model.PairCount);
        // After 通过, a pair seen three times is likelier than one seen once, which is likelier than one never seen;
        // without pairs these equally frequent words score the same in any order.
        Assert.True(model.Score("通过命令", false, false) > model.Score("通过设置", false, false));
        Assert.True(model.Score("通过设置", false, false) > model.Score("通过经过", false, false));
        Assert.Equal(plain.Score("通过命令"), plain.Score("通过经过"));
        // The words of a run's start: 通过 began every run, 命令 none.
        Assert.True(model.Score("通过", true, false) > model.Score("命令", true, false));
        // A word never seen first is weighed by its frequency alone.
        Assert.Equal(model.Score("经过") + model.Score("设置"), model.Score("经过设置", false, false), 3);
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
    public void WriteThenRead_WithPairs_GivesTheSameModel()
    {
        using var words = new StringReader("系统 900 n\n体系 300 n\n操作 400 v\n设置 20 v\n");
        using var pairs = new StringReader("<s>\t操作\t4\n操作\t系统\t3\n系统\t设置\t1\n设置\t</s>\t1\n系统\t</s>\t2\n");
        var model = new WordModel(WordModel.Parse(words), WordModel.ParsePairs(pairs));
        var read = WordModel.Read(Bytes(model));
        Assert.Equal(Bytes(model), Bytes(read));
        Assert.Equal(5, read.PairCount);
        foreach (var text in new[] { "操作系统", "操作体系", "系统设置", "未知字" })
        {
            Assert.Equal(model.Score(text, true, true), read.Score(text, true, true));
            Assert.Equal(model.Score(text, false, false), read.Score(text, false, false));
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
