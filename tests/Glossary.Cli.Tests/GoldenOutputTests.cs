namespace Glossary.Cli.Tests;

// Every screen and JSON shape a person or a script reads, on the bundled article, pinned by a golden file.
public sealed class GoldenOutputTests
{
    [Theory]
    [InlineData("help", "--help")]
    [InlineData("term-help", "term", "--help")]
    [InlineData("term", "term", "卡脖子")]
    [InlineData("term-sorted", "term", "大买卖", "--limit", "6", "--context", "12", "--sort", "right")]
    [InlineData("term-english", "term", "grand bargain", "--limit", "3")]
    [InlineData("term-json", "term", "设想出去", "--json")]
    [InlineData("search", "search", "芯片", "出口管制", "--limit", "3")]
    [InlineData("search-json", "search", "卡脖子", "--json")]
    [InlineData("terms", "terms", "--limit", "15")]
    [InlineData("terms-json", "terms", "--limit", "3", "--json")]
    [InlineData("annotate-json", "annotate", "-", "--json")]
    [InlineData("annotate-dictionary", "annotate", "-", "--dictionary", "cedict")]
    [InlineData("term-dictionary", "term", "行", "--dictionary", "cedict", "--limit", "2")]
    [InlineData("convert-help", "convert", "--help")]
    [InlineData("check-help", "check", "--help")]
    public async Task Output_MatchesTheGoldenFile(string name, params string[] args)
    {
        var result = await Cli.RunWithInputAsync("美国的大买卖与卡脖子。", args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Golden.Verify(name, result.Output);
    }

    [Fact]
    public async Task Annotate_BundledArticle_MatchesTheGoldenFile()
    {
        var result = await Cli.RunAsync("annotate");

        Assert.Equal(0, result.ExitCode);
        Golden.Verify("annotate", result.Output);
    }
}
