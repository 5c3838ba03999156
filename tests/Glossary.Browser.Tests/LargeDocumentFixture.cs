using System.Text;
using Glossary.Samples;

namespace Glossary.Browser.Tests;

/// <summary>
/// A generated document of at least 1,000,000 characters (the bundled article again and again, one line between
/// copies), its reading view written by <c>glossary read</c>, and its oracles: <c>glossary terms --json</c> over an
/// index of it and <c>glossary restore --json</c>.
/// </summary>
public sealed class LargeDocumentFixture : IAsyncLifetime
{
    public const int Characters = 1_000_000;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"glossary-reading-large-{Guid.NewGuid():N}");

    public string Text { get; private set; } = string.Empty;

    public string PagePath { get; private set; } = string.Empty;

    public Dictionary<string, (int Count, string[] Glosses)> Terms { get; private set; } = [];

    public string Restored { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var text = new StringBuilder();
        while (text.Length < Characters)
        {
            text.Append(SampleCorpus.Article).Append('\n');
        }

        Text = text.ToString();
        var file = Path.Combine(_folder, "large.txt");
        await File.WriteAllTextAsync(file, Text);
        var index = Path.Combine(_folder, "index");
        var indexed = await Tool.RunAsync("index", file, "--index", index);
        Assert.True(indexed.ExitCode == 0, indexed.Error);
        Terms = await Tool.TermCountsAsync("--index", index);
        Restored = (await Tool.JsonAsync("restore", file)).GetProperty("text").GetString()!;
        PagePath = await Tool.ReadAsync(Path.Combine(_folder, "large.html"), file);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
