using Glossary.Samples;

namespace Glossary.Browser.Tests;

/// <summary>
/// The bundled article's reading view, written once by <c>glossary read</c>, with the oracles it is checked
/// against: <c>glossary terms --json</c> (each term's exact count and glosses) and <c>glossary restore --json</c>.
/// </summary>
public sealed class ArticleFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"glossary-reading-{Guid.NewGuid():N}");

    public string PagePath { get; private set; } = string.Empty;

    public string Text { get; } = SampleCorpus.Article;

    public Dictionary<string, (int Count, string[] Glosses)> Terms { get; private set; } = [];

    public string Restored { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        PagePath = await Tool.ReadAsync(Path.Combine(_folder, "article.html"));
        Terms = await Tool.TermCountsAsync();
        Restored = (await Tool.JsonAsync("restore")).GetProperty("text").GetString()!;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
