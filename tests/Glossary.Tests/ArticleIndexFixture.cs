using Glossary.Samples;

namespace Glossary.Tests;

/// <summary>One in-memory index of the bundled article, shared by the tests of a class.</summary>
public sealed class ArticleIndexFixture : IAsyncLifetime
{
    private CorpusIndex? _index;

    public CorpusIndex Index => _index ?? throw new InvalidOperationException("Not initialised.");

    public static string Text => SampleCorpus.Article;

    public async Task InitializeAsync() => _index = await SampleCorpus.OpenIndexAsync();

    public Task DisposeAsync()
    {
        _index?.Dispose();
        return Task.CompletedTask;
    }
}
