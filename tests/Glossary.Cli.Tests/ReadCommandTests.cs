using System.Text.Json;

namespace Glossary.Cli.Tests;

public sealed class ReadCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-read-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Read_TheArticle_WritesOnePage_AndSaysWhatItMarks()
    {
        var page = Path.Combine(_folder, "article.html");

        var result = await Cli.RunAsync("read", "-o", page, "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        var terms = JsonDocument.Parse((await Cli.RunAsync("terms", "--json")).Output).RootElement.GetProperty("terms").EnumerateArray()
            .Sum(t => t.GetProperty("count").GetInt32());
        Assert.Equal(terms, json.GetProperty("terms").GetInt32());
        Assert.Equal(new FileInfo(page).Length, json.GetProperty("bytes").GetInt64());
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(page), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task Read_NeverWritesOverItsInput()
    {
        var file = Path.Combine(_folder, "text.txt");
        await File.WriteAllTextAsync(file, "美国的大买卖。\n");

        var result = await Cli.RunAsync("read", file, "-o", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: {file}: that is the input; give another --output\n", result.Error);
        Assert.Equal("美国的大买卖。\n", await File.ReadAllTextAsync(file));
    }

    [Theory]
    [InlineData("read", "-")]
    [InlineData("read", "--document", "x")]
    [InlineData("read", "--index", "x")]
    [InlineData("read", "-o", "-", "--json")]
    public async Task Read_WithOptionsThatCannotGoTogether_IsAUsageError(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Read_AMissingFile_IsBadInput_InOneLine()
    {
        var missing = Path.Combine(_folder, "missing.txt");

        var result = await Cli.RunAsync("read", missing, "-o", Path.Combine(_folder, "page.html"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: {missing}: no such file\n", result.Error);
    }
}
