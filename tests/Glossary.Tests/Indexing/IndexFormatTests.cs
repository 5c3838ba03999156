using Glossary.Errors;
using Glossary.Samples;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Glossary.Tests.Indexing;

public sealed class IndexFormatTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("glossary-format-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public void IndexWithoutTheFormatMark_WrittenByAnotherVersion_IsAClearErrorForReadersAndWriters()
    {
        // A Lucene index with the old layout (stored fields, no format mark in its commit), as version 1 wrote it.
        using (var directory = FSDirectory.Open(_folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            writer.AddDocument([new StringField("doc", "old", Field.Store.YES), new StoredField("window", "旧的索引")]);
            writer.Commit();
        }

        var read = Assert.Throws<GlossaryException>(() => CorpusIndex.OpenReadOnly(_folder));
        var write = Assert.Throws<GlossaryException>(() => CorpusIndex.Open(_folder));

        Assert.All([read, write], e => Assert.Contains("another version of Glossary", e.Message, StringComparison.Ordinal));
        Assert.All([read, write], e => Assert.Contains("Re-index", e.Message, StringComparison.Ordinal));
        using var reopened = FSDirectory.Open(_folder);
        Assert.False(IndexWriter.IsLocked(reopened)); // the refused writer released the folder
    }

    [Fact]
    public async Task IndexWrittenByThisVersion_ReopensForReadingAndWriting()
    {
        using (var index = CorpusIndex.Open(_folder))
        {
            await index.AddDocumentAsync("a", "大买卖");
        }

        using (var reader = CorpusIndex.OpenReadOnly(_folder))
        {
            Assert.Equal(1, reader.Lookup("大买卖").Count);
        }

        using var writer = CorpusIndex.Open(_folder);
        Assert.Equal(["a"], writer.GetDocumentKeys());
    }

    [Theory]
    [InlineData("segments_")]
    [InlineData(".cfs")]
    [InlineData("")]
    public async Task DamagedIndex_IsAClearErrorWithASuggestion_ForWritersReadersAndQueries(string damaged)
    {
        using (var index = CorpusIndex.Open(_folder))
        {
            await index.AddDocumentAsync("a", SampleCorpus.Article);
        }

        // Cut the matching files (all of them for "") to half their length, as a full disk or a bad copy leaves them.
        foreach (var file in System.IO.Directory.GetFiles(_folder).Where(f => Path.GetFileName(f).Contains(damaged, StringComparison.Ordinal) && !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);
        }

        var errors = new List<GlossaryException>
        {
            Assert.Throws<GlossaryException>(() =>
            {
                using var reader = CorpusIndex.OpenReadOnly(_folder);
                _ = reader.Lookup("大买卖").Count + reader.Search("大买卖").Count + reader.GetDocumentText("a")!.Length;
            }),
            Assert.Throws<GlossaryException>(() =>
            {
                using var writer = CorpusIndex.Open(_folder);
                _ = writer.Lookup("大买卖").Count + writer.Search("大买卖").Count + writer.GetDocumentText("a")!.Length;
            }),
        };

        Assert.All(errors, e => Assert.Contains("is damaged or unreadable", e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.EndsWith("Re-index the documents into a new folder.", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACommitCutShort_AsAKillMidCommitLeavesIt_OpensAtThePreviousCommit()
    {
        using (var index = CorpusIndex.Open(_folder))
        {
            await index.AddDocumentAsync("a", SampleCorpus.Article);
        }

        // The next commit, half written: the newest segments file, cut short.
        var generation = SegmentInfos.GetLastCommitGeneration(System.IO.Directory.GetFiles(_folder).Select(Path.GetFileName).ToArray());
        var bytes = await File.ReadAllBytesAsync(Path.Combine(_folder, IndexFileNames.FileNameFromGeneration(IndexFileNames.SEGMENTS, "", generation)));
        await File.WriteAllBytesAsync(Path.Combine(_folder, IndexFileNames.FileNameFromGeneration(IndexFileNames.SEGMENTS, "", generation + 1)), bytes[..(bytes.Length / 2)]);

        using (var reader = CorpusIndex.OpenReadOnly(_folder))
        {
            Assert.Equal(SampleCorpus.Article, reader.GetDocumentText("a"));
        }

        using var writer = CorpusIndex.Open(_folder);
        await writer.AddDocumentAsync("b", "又一篇");
        Assert.Equal(["a", "b"], writer.GetDocumentKeys());
    }

    [Fact]
    public void ANewIndex_CommitsOnceEmpty_SoItOpensBeforeAnythingIsAdded()
    {
        using (CorpusIndex.Open(_folder))
        {
            Assert.NotEmpty(System.IO.Directory.GetFiles(_folder, "segments_*"));
        }

        using var reader = CorpusIndex.OpenReadOnly(_folder);
        Assert.Empty(reader.GetDocumentKeys());
    }
}
