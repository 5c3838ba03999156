using Glossary.Bilingual;
using Glossary.Querying;
using Glossary.Reading;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Tests.Reading;

public sealed class ReadingViewTests(ArticleIndexFixture article) : IClassFixture<ArticleIndexFixture>
{
    private static readonly ReadingOptions Options = ReadingOptions.Default with { Terms = SampleCorpus.Glossary };

    [Fact]
    public void Terms_CountEveryEntryAsTheExactLookUpDoes()
    {
        var view = ReadingView.Create(ArticleIndexFixture.Text, Options);

        foreach (var entry in SampleCorpus.Glossary.Entries)
        {
            var expected = article.Index.Lookup(entry.Term, LookupOptions.Default with { Limit = 0 }).Count;
            Assert.True(expected == view.Terms.Count(s => ReferenceEquals(s.Entry, entry)), $"{entry.Term}: look-up {expected}");
        }

        Assert.All(view.Terms, s => Assert.Equal(s.Text, ArticleIndexFixture.Text.Substring(s.Offset, s.Length)));
    }

    [Fact]
    public void Terms_IncludeATermInsideALongerOne_WhichAnnotationHides()
    {
        var terms = new TermBase([new TermEntry("白宫", ["White House"]), new TermEntry("白宫办公室", ["White House office"])]);

        var view = ReadingView.Create("白宫办公室和白宫", ReadingOptions.Default with { Terms = terms, SpinTable = null });

        Assert.Equal([(0, "白宫办公室"), (0, "白宫"), (6, "白宫")], view.Terms.Select(s => (s.Offset, s.Text)));
        Assert.Equal(2, terms.Annotate("白宫办公室和白宫").Count);
        Assert.Equal([("白宫", 2), ("白宫办公室", 1)], view.Frequencies.Select(f => (f.Entry.Term, f.Count)));
    }

    [Fact]
    public void Words_FillOnlyWhatNoGlossaryTermCovers()
    {
        var glossary = new TermBase([new TermEntry("技术", ["technology"])]);
        var dictionary = new TermBase([new TermEntry("技术员", ["technician"]), new TermEntry("我们", ["we"])]);

        var view = ReadingView.Create("我们的技术员", ReadingOptions.Default with { Terms = glossary, Dictionary = dictionary, SpinTable = null });

        Assert.Equal([(3, "技术")], view.Terms.Select(s => (s.Offset, s.Text)));
        Assert.Equal([(0, "我们")], view.Words.Select(s => (s.Offset, s.Text)));
    }

    [Fact]
    public void Restored_IsTheSpinReportsRestoredReading()
    {
        var view = ReadingView.Create(ArticleIndexFixture.Text, Options);

        Assert.NotNull(view.Spin);
        Assert.Equal(view.Spin.Restore().Text, view.Restored!.Text);
        Assert.Null(ReadingView.Create(ArticleIndexFixture.Text, Options with { SpinTable = null }).Spin);
    }

    [Fact]
    public void Html_HoldsTheTextOnce_AndNothingFromANetwork()
    {
        var html = ReadingHtml.ToHtml(ReadingView.Create("美国的<b>大买卖</b> & \"AI\"\r\n\n大买卖", Options));

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<span class=eol>&#13;\n</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bilingual_PutsEachUnitsChineseSideOnALine_WithItsTranslation()
    {
        const string tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
            <body>
            <tu tuid="1"><tuv xml:lang="en"><seg>The grand bargain.</seg></tuv><tuv xml:lang="zh-CN"><seg>大买卖。</seg></tuv></tu>
            <tu tuid="2"><tuv xml:lang="en"><seg>Export controls.</seg></tuv><tuv xml:lang="zh-CN"><seg>出口管制。</seg></tuv></tu>
            </body></tmx>
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(tmx));
        var document = BilingualFile.Read(stream, "memory.tmx");

        var view = ReadingView.Create(document, Options);
        var html = ReadingHtml.ToHtml(view);

        Assert.Equal("大买卖。\n出口管制。", view.Text);
        Assert.Equal([("1", 0, "The grand bargain."), ("2", 5, "Export controls.")], view.Units.Select(u => (u.Id, u.Offset, u.Translation)));
        Assert.Contains("The <span class=\"g\" data-e=\"0\">grand bargain</span>.", html, StringComparison.Ordinal);
    }
}
