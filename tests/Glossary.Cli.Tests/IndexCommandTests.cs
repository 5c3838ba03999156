using System.Text.Json;
using Glossary.Samples;
using Glossary.Spin;

namespace Glossary.Cli.Tests;

// `glossary index` on a real folder: a file that cannot be read is skipped and said, the rest indexed; --strict stops
// at the first; a folder of the user's own documents is never written into; and the spin pairs an index was judged
// with go with it.
public sealed class IndexCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-index-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task UnreadableFiles_AreSkippedOneLineEach_TheRestIndexed_AndTheRunExits1()
    {
        var texts = Path.Combine(_folder, "texts");
        Directory.CreateDirectory(texts);
        var (good, binary, empty, note) = (Path.Combine(texts, "a.txt"), Path.Combine(texts, "b.txt"), Path.Combine(texts, "c.txt"), Path.Combine(texts, "d.md"));
        await File.WriteAllTextAsync(good, SampleCorpus.Article);
        await File.WriteAllBytesAsync(binary, [0x61, 0x62, 0x63, 0x00, 0x64]);
        await File.WriteAllTextAsync(empty, string.Empty);
        await File.WriteAllTextAsync(note, "这份笔记也提到了大买卖。");
        var index = Path.Combine(_folder, "index");

        var result = await Cli.RunAsync("index", texts, "--index", index);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"glossary: skipped {binary}: not text (it holds a NUL byte at byte offset 3)", $"glossary: skipped {empty}: empty"],
            result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("Indexed 2 files", result.Output, StringComparison.Ordinal);
        Assert.Contains("Skipped 2 files (see above).", result.Output, StringComparison.Ordinal);
        using var read = CorpusIndex.OpenReadOnly(index);
        Assert.Equal([good, note], read.GetDocumentKeys());
    }

    [Fact]
    public async Task Strict_StopsAtTheFirstUnreadableFile_AndKeepsWhatWasCommitted()
    {
        var texts = Path.Combine(_folder, "texts");
        Directory.CreateDirectory(texts);
        var (good, binary) = (Path.Combine(texts, "a.txt"), Path.Combine(texts, "b.txt"));
        await File.WriteAllTextAsync(good, SampleCorpus.Article);
        var index = Path.Combine(_folder, "index");
        Assert.Equal(0, (await Cli.RunAsync("index", good, "--index", index)).ExitCode);
        await File.WriteAllBytesAsync(binary, [0x61, 0x62, 0x63, 0x00, 0x64]);
        await File.WriteAllTextAsync(Path.Combine(texts, "c.txt"), "后来的文件。");

        var result = await Cli.RunAsync("index", texts, "--index", index, "--strict");

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Output));
        Assert.Equal($"glossary: {binary}: not text (it holds a NUL byte at byte offset 3)", result.Error.Trim());
        using var read = CorpusIndex.OpenReadOnly(index);
        Assert.Equal(SampleCorpus.Article, read.GetDocumentText(good));
    }

    [Fact]
    public async Task IndexFolderOfTheUsersOwnDocuments_IsRefusedInOneLine_AndLeftAlone()
    {
        var file = Path.Combine(_folder, "a.txt");
        await File.WriteAllTextAsync(file, SampleCorpus.Article);
        var documents = Path.Combine(_folder, "documents");
        Directory.CreateDirectory(documents);
        await File.WriteAllTextAsync(Path.Combine(documents, "letter.txt"), "亲爱的朋友");

        var result = await Cli.RunAsync("index", file, "--index", documents);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: The folder '{documents}' is not empty and holds no index: an index goes into a new or empty folder (or one that holds an index).", result.Error.Trim());
        Assert.Equal([Path.Combine(documents, "letter.txt")], Directory.GetFileSystemEntries(documents));
    }

    [Fact]
    public async Task IndexNamingAFile_SaysSo()
    {
        var file = Path.Combine(_folder, "a.txt");
        await File.WriteAllTextAsync(file, SampleCorpus.Article);

        var result = await Cli.RunAsync("index", file, "--index", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: '{file}' is a file; --index names a folder for the index (new, empty, or an index already).", result.Error.Trim());
        Assert.Equal(SampleCorpus.Article, await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task AnIndexBuiltWithSpinPairs_IsReadWithThem_AndWithoutThemIsOneClearLine()
    {
        var pairs = Path.Combine(_folder, "pairs.tsv");
        await File.WriteAllTextAsync(pairs, "手艺\t工艺\treal word\tverified\n");
        var file = Path.Combine(_folder, "a.txt");
        await File.WriteAllTextAsync(file, SampleCorpus.Article);
        var index = Path.Combine(_folder, "index");

        var built = await Cli.RunAsync("index", file, "--index", index, "--spin-pairs", pairs);
        var without = await Cli.RunAsync("term", "工艺", "--index", index);
        var with = await Cli.RunAsync("term", "工艺", "--index", index, "--spin-pairs", pairs, "--json");
        var search = await Cli.RunAsync("search", "工艺", "--index", index, "--spin-pairs", pairs, "--json");
        var terms = await Cli.RunAsync("terms", "--index", index, "--spin-pairs", pairs, "--limit", "1");

        Assert.Equal(0, built.ExitCode);
        Assert.Equal(1, without.ExitCode);
        Assert.Single(without.Error.Trim().Split('\n'));
        Assert.Contains("another spin table", without.Error, StringComparison.Ordinal);
        Assert.Contains("the same --spin-pairs", without.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (with.ExitCode, search.ExitCode, terms.ExitCode));
        using var json = JsonDocument.Parse(with.Output);
        Assert.Equal(SampleCorpus.Article.Split("手艺").Length - 1, json.RootElement.GetProperty("count").GetInt32());
        Assert.All(json.RootElement.GetProperty("occurrences").EnumerateArray(), o =>
            Assert.Equal(("手艺", "工艺"), (o.GetProperty("match").GetString(), o.GetProperty("spunFormOf").GetString())));
    }

    [Fact]
    public async Task TheBundledArticle_WithSpinPairs_IsJudgedWithThem()
    {
        var pairs = Path.Combine(_folder, "pairs.tsv");
        await File.WriteAllTextAsync(pairs, "手艺\t工艺\treal word\tverified\n");

        var with = await Cli.RunAsync("term", "工艺", "--spin-pairs", pairs, "--json");
        var without = await Cli.RunAsync("term", "工艺", "--json");

        Assert.Equal((0, 0), (with.ExitCode, without.ExitCode));
        using var a = JsonDocument.Parse(with.Output);
        using var b = JsonDocument.Parse(without.Output);
        Assert.Equal(SampleCorpus.Article.Split("手艺").Length - 1, a.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(SampleCorpus.Article.Split("工艺").Length - 1, b.RootElement.GetProperty("count").GetInt32());
        Assert.Equal("技术", SpinTable.Bundled.Analyze(SampleCorpus.Article).Substitutions.First(s => s.Spun == "手艺").Original);
    }
}
