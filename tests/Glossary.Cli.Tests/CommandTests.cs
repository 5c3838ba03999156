using System.Text.Json;

namespace Glossary.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TermJson_GrandBargain_Has21OccurrencesFirstAt223_EachMatchingTheArticle()
    {
        var result = await Cli.RunAsync("term", "大买卖", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(21, root.GetProperty("count").GetInt32());
        Assert.Equal("grand bargain", root.GetProperty("entry").GetProperty("glosses")[0].GetString());
        var occurrences = root.GetProperty("occurrences").EnumerateArray().ToList();
        Assert.Equal(21, occurrences.Count);
        Assert.Equal(223, occurrences[0].GetProperty("offset").GetInt32());
        Assert.All(occurrences, o => Assert.Equal(
            o.GetProperty("match").GetString(),
            SampleCorpus.Article.Substring(o.GetProperty("offset").GetInt32(), o.GetProperty("length").GetInt32())));
    }

    [Fact]
    public async Task TermJson_WithLimit_KeepsTheFullCount()
    {
        var result = await Cli.RunAsync("term", "布坎南", "--json", "--limit", "2");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(23, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("occurrences").GetArrayLength());
    }

    [Fact]
    public async Task SearchJson_HighlightsAndTextMapBackToTheArticle()
    {
        var result = await Cli.RunAsync("search", "grand", "bargain", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit =>
        {
            var offset = hit.GetProperty("offset").GetInt32();
            Assert.Equal(hit.GetProperty("text").GetString(), SampleCorpus.Article.Substring(offset, hit.GetProperty("length").GetInt32()));
            Assert.Contains(hit.GetProperty("highlights").EnumerateArray(), h =>
                SampleCorpus.Article.Substring(h.GetProperty("offset").GetInt32(), h.GetProperty("length").GetInt32()) == "大买卖");
        });
    }

    [Fact]
    public async Task IndexThenQuery_InSeparateProcesses_AnswersLikeTheLibrary()
    {
        var texts = Path.Combine(_folder, "texts");
        Directory.CreateDirectory(Path.Combine(texts, "sub"));
        await File.WriteAllTextAsync(Path.Combine(texts, "article.txt"), SampleCorpus.Article);
        await File.WriteAllTextAsync(Path.Combine(texts, "sub", "note.md"), "这份笔记也提到了大买卖和卡脖子。");
        var index = Path.Combine(_folder, "index");

        var first = await Cli.RunProcessAsync("index", texts, "--index", index);
        var again = await Cli.RunProcessAsync("index", texts, "--index", index, "--json");
        var term = await Cli.RunProcessAsync("term", "大买卖", "--index", index, "--json");
        var search = await Cli.RunProcessAsync("search", "卡脖子", "--index", index, "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("2 document(s)", first.Output, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(again.Output);
        Assert.Equal(2, summary.RootElement.GetProperty("documents").GetInt32()); // indexing twice duplicates nothing

        using var library = CorpusIndex.OpenReadOnly(index, SampleCorpus.Glossary);
        var expected = library.Lookup("大买卖");
        using var termJson = JsonDocument.Parse(term.Output);
        Assert.Equal(22, expected.Count);
        Assert.Equal(expected.Count, termJson.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(
            expected.Occurrences.Select(o => (o.Document, o.Offset)),
            termJson.RootElement.GetProperty("occurrences").EnumerateArray().Select(o => (o.GetProperty("document").GetString()!, o.GetProperty("offset").GetInt32())));
        using var searchJson = JsonDocument.Parse(search.Output);
        Assert.Equal(
            library.Search("卡脖子").Select(h => (h.Document, h.Offset)),
            searchJson.RootElement.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("document").GetString()!, h.GetProperty("offset").GetInt32())));
    }

    [Fact]
    public async Task MissingFile_IsExitCode1WithOneLine()
    {
        var result = await Cli.RunAsync("annotate", Path.Combine(_folder, "missing.txt"));

        AssertOneLineError(result, "missing.txt");
    }

    [Fact]
    public async Task EmptyFile_IsExitCode1WithOneLine()
    {
        var path = Path.Combine(_folder, "empty.txt");
        await File.WriteAllTextAsync(path, string.Empty);

        AssertOneLineError(await Cli.RunAsync("annotate", path), "empty");
    }

    [Fact]
    public async Task FolderWithoutTextFiles_IsExitCode1WithOneLine()
    {
        var folder = Path.Combine(_folder, "images");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "a.png"), [0x89, 0x50]);

        AssertOneLineError(await Cli.RunAsync("index", folder, "--index", Path.Combine(_folder, "ix")), "no text files");
    }

    [Fact]
    public async Task GlossaryWithAMalformedLine_AnswersButExitsWith1NamingFileAndLine()
    {
        var glossary = Path.Combine(_folder, "mine.tsv");
        await File.WriteAllTextAsync(glossary, "卡脖子\tchokehold\nthis line has no tab\n");

        var result = await Cli.RunAsync("term", "卡脖子", "--glossary", glossary, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "glossary: warning: mine.tsv:2: expected at least two tab-separated columns (term, gloss); found no tab; line skipped",
                $"glossary: warning: 1 problem(s) in {glossary}; 1 entries loaded (use --strict to stop at the first)",
            ],
            result.Error.Trim().Split('\n'));
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(1, json.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task IndexFolderThatIsNotAnIndex_IsExitCode1WithOneLine()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "readme.txt"), "not an index");

        AssertOneLineError(await Cli.RunAsync("term", "卡脖子", "--index", _folder), "holds no index");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("term")]
    [InlineData("term", "卡脖子", "--sort", "sideways")]
    [InlineData("index", "x")]
    public async Task UsageErrors_AreExitCode2(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoOccurrences_IsStillSuccess()
    {
        var result = await Cli.RunAsync("term", "量子计算机");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 occurrences", result.Output, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(Cli.Result result, string mention)
    {
        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("glossary: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(mention, lines[0], StringComparison.Ordinal);
    }
}
