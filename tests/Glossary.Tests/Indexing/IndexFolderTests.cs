using Glossary.Errors;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Testing;

namespace Glossary.Tests.Indexing;

// Where an index may be written, and which spin table judged it.
public sealed class IndexFolderTests : IDisposable
{
    private const string SpunText = "手艺可以或许改变世界，标的目的正正在变化，体系体例可以或许更新。";

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The bundled table as its two files give it (curated, then learned), plus one pair.
    private static SpinTable ShippedFiles() => SpinTable.Combine(
        SpinTable.Load(Repository.PathOf("src", "Glossary", "Spin", "spin-pairs.tsv")),
        SpinTable.Load(Repository.PathOf("src", "Glossary", "Spin", "spin-pairs-learned.tsv")));

    private static SpinTable OtherTable() => SpinTable.Combine(ShippedFiles(), ExtraPair());

    private static SpinTable ExtraPair()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extra-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "新奇\t新颖\tnear-synonym\thigh\n");
        try
        {
            return SpinTable.Load(path, strict: true);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_AFolderOfOtherFiles_IsRefused_AndNothingIsWrittenIntoIt()
    {
        File.WriteAllText(Path.Combine(_folder, "my-notes.txt"), "mine");

        var error = Assert.Throws<GlossaryException>(() => CorpusIndex.Open(_folder));

        Assert.Contains("not empty and holds no index", error.Message, StringComparison.Ordinal);
        Assert.Equal(["my-notes.txt"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Open_AFile_IsRefused_SayingItIsAFile()
    {
        var file = Path.Combine(_folder, "index");
        File.WriteAllText(file, "not a folder");

        var error = Assert.Throws<GlossaryException>(() => CorpusIndex.Open(file));

        Assert.Contains("is a file", error.Message, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task Open_AnEmptyFolder_OrAnIndex_IsTaken()
    {
        using (var index = CorpusIndex.Open(_folder))
        {
            await index.AddDocumentAsync("d", "文本");
        }

        using var again = CorpusIndex.Open(_folder);
        Assert.Equal(["d"], again.GetDocumentKeys());
    }

    [Fact]
    public void ATableWithTheSamePairs_HasTheSameId_AndAnotherPairChangesIt()
    {
        var reread = ShippedFiles();

        Assert.Equal(SpinTable.Bundled.Id, reread.Id);
        Assert.Equal(SpinTable.Bundled.Id, SpinTable.Combine(SpinTable.Bundled, SpinTable.Bundled).Id);
        Assert.NotEqual(SpinTable.Bundled.Id, OtherTable().Id);
    }

    [Fact]
    public async Task AnIndexJudgedByOneTable_OpenedWithAnother_IsAClearError_ForWritersAndReaders()
    {
        using (var index = CorpusIndex.Open(_folder))
        {
            await index.AddDocumentAsync("spun", SpunText);
        }

        var options = new CorpusIndexOptions { SpinTable = OtherTable() };
        var writing = Assert.Throws<GlossaryException>(() => CorpusIndex.Open(_folder, options));
        var reading = Assert.Throws<GlossaryException>(() => CorpusIndex.OpenReadOnly(_folder, options));

        Assert.All([writing, reading], e =>
        {
            Assert.Contains($"another spin table ({SpinTable.Bundled.Count} pairs, id {SpinTable.Bundled.Id})", e.Message, StringComparison.Ordinal);
            Assert.Contains($"({SpinTable.Bundled.Count + 1} pairs, id {options.SpinTable.Id})", e.Message, StringComparison.Ordinal);
        });
        using var same = CorpusIndex.OpenReadOnly(_folder);
        Assert.Equal(SpinVerdict.Spun, same.GetSpinVerdict("spun"));
    }

    [Fact]
    public async Task ANewIndex_JudgesWithTheTableItWasGiven_AndKeepsIt()
    {
        var table = OtherTable();
        using (var index = CorpusIndex.Open(_folder, new() { SpinTable = table }))
        {
            await index.AddDocumentAsync("spun", SpunText + "新奇");
        }

        using var reader = CorpusIndex.OpenReadOnly(_folder, new() { SpinTable = table });
        Assert.Same(table, reader.SpinTable);
        Assert.Equal(SpinVerdict.Spun, reader.GetSpinVerdict("spun"));
        Assert.Throws<GlossaryException>(() => CorpusIndex.OpenReadOnly(_folder));
    }

    [Fact]
    public void AnEmptyIndex_TakesAnyTable()
    {
        using (CorpusIndex.Open(_folder))
        {
        }

        using var other = CorpusIndex.Open(_folder, new() { SpinTable = OtherTable() });
        Assert.Empty(other.GetDocumentKeys());
    }
}
