using Glossary.Samples;

namespace Glossary.Tests.Indexing;

// One writer commits batch after batch while several threads look up and search, in the writer's instance and in a
// read-only instance of the same folder: no read ever fails, and every answer is a committed state, whole batches only.
public sealed class ReadersDuringWritesTests : IDisposable
{
    private const int Batches = 8;
    private const int PerBatch = 3;

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-readers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Readers_SeeOnlyCommittedBatches_AndNeverFail()
    {
        var perDocument = Scan.Count(SampleCorpus.Article, "大买卖");
        var perBatch = PerBatch * perDocument;
        using var writer = CorpusIndex.Open(_folder, new() { Terms = SampleCorpus.Glossary });
        await writer.AddDocumentAsync("seed", "开始");
        using var reader = CorpusIndex.OpenReadOnly(_folder, new() { Terms = SampleCorpus.Glossary });
        using var done = new CancellationTokenSource();

        async Task<List<int>> Read(CorpusIndex index)
        {
            await Task.Yield();
            var seen = new List<int>();
            while (!done.IsCancellationRequested)
            {
                seen.Add(index.Lookup("大买卖").Count);
                Assert.All(index.Search("大买卖 卡脖子", limit: 5), hit => Assert.StartsWith("doc-", hit.Document, StringComparison.Ordinal));
                Assert.NotNull(index.GetDocumentText("seed"));
            }

            return seen;
        }

        var readers = new[] { Read(writer), Read(writer), Read(reader), Read(reader) };
        for (var batch = 0; batch < Batches; batch++)
        {
            await writer.AddDocumentsAsync(Enumerable.Range(0, PerBatch).Select(i => ($"doc-{batch}-{i}", SampleCorpus.Article)));
        }

        // The read-only instance follows the writer's commits within a second.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (reader.Lookup("大买卖").Count != Batches * perBatch && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await done.CancelAsync();
        var seen = await Task.WhenAll(readers);

        Assert.All(seen, counts =>
        {
            Assert.NotEmpty(counts);
            Assert.All(counts, count => Assert.Equal(0, count % perBatch));
            Assert.Equal(counts.Order(), counts);
        });
        Assert.Equal(Batches * perBatch, writer.Lookup("大买卖").Count);
        Assert.Equal(Batches * perBatch, reader.Lookup("大买卖").Count);
    }
}
