using Glossary.Samples;

namespace Glossary.Tests.Text;

public sealed class LineEndingTests
{
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public async Task AnyLineEnding_OffsetsStayTrueToTheText_AndTheDocumentRoundTrips(string newline)
    {
        var text = SampleCorpus.Article.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", newline, StringComparison.Ordinal);
        using var index = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
        await index.AddDocumentAsync("d", text);

        Assert.Equal(text, index.GetDocumentText("d"));
        foreach (var term in new[] { "大买卖", "卡脖子", "设想出去", "出口管制" })
        {
            var report = index.Lookup(term);
            Assert.Equal(Scan.Count(text, term), report.Count);
            Assert.All(report.Occurrences, o => Assert.Equal(term, text.Substring(o.Offset, o.Length)));
            Assert.All(report.Occurrences, o => Assert.DoesNotContain('\r', o.Left + o.Right));
        }

        var hit = index.Search("卡脖子")[0];
        Assert.Equal(hit.Text, text.Substring(hit.Offset, hit.Length));
        Assert.DoesNotContain('\r', hit.Text);
    }
}
