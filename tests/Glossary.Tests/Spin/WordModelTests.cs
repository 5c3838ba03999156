using Glossary.Spin;

namespace Glossary.Tests.Spin;

// The word model: jieba's line format read as written (CRLF too, malformed lines skipped), and the bundled model
// preferring the common word to its spun form.
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
}
