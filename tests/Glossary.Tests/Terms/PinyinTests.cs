using Glossary.Formats;
using Glossary.Terms;

namespace Glossary.Tests.Formats;

public sealed class PinyinTests
{
    // Expected values follow standard pinyin orthography for the marks (a/e first, then the o of "ou", else the last
    // vowel; u: and v are ü; a neutral syllable joins the one before, with an apostrophe before a, o or e), and this
    // library's convention of keeping CC-CEDICT's syllables apart otherwise.
    [Theory]
    [InlineData("qia3 bo2 zi5", "qiǎ bózi")]
    [InlineData("da4 mai3 mai5", "dà mǎimai")]
    [InlineData("Zhong1 guo2", "Zhōng guó")]
    [InlineData("lu:4", "lǜ")]
    [InlineData("nu:3 er2", "nǚ ér")]
    [InlineData("xiong2", "xióng")]
    [InlineData("gui4", "guì")]
    [InlineData("liu2", "liú")]
    [InlineData("dian3 r5", "diǎnr")]
    [InlineData("hao3 a5", "hǎo'a")]
    [InlineData("A A zhi4", "A A zhì")]
    [InlineData("ng2", "n\u0301g")]
    [InlineData("E4", "È")]
    [InlineData("xx5", "xx")]
    public void FromNumbered_GivesToneMarksAsStandardOrthographyPlacesThem(string numbered, string expected)
    {
        Assert.Equal(expected, Pinyin.FromNumbered(numbered));
    }

    [Theory]
    [InlineData("lu:e4", "lüè")] // 略: the mark goes on e, not on ü
    [InlineData("nu:e4", "nüè")] // 虐
    [InlineData("lv4", "lǜ")] // v is ü
    [InlineData("Lu:3", "Lǚ")] // capital U: is Ü
    [InlineData("ou1", "ōu")] // 欧: the o of "ou"
    [InlineData("dou1", "dōu")] // 都
    [InlineData("er4", "èr")] // 二
    [InlineData("xian1 sheng5", "xiānsheng")] // 先生
    [InlineData("m2", "m\u0301")] // 呣: no vowel, the combining mark follows m
    [InlineData("yi1 , er4", "yī , èr")] // punctuation is kept as it is
    public void FromNumbered_OtherSyllables_FollowTheSameRules(string numbered, string expected)
    {
        Assert.Equal(expected, Pinyin.FromNumbered(numbered));
    }

    [Fact]
    public void FromNumbered_NeutralToneAfterSomethingThatIsNotASyllable_IsNotJoined()
    {
        Assert.Equal("A ma", Pinyin.FromNumbered("A ma5"));
    }
}
