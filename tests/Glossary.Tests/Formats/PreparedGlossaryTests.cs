using System.IO.Compression;
using Glossary.Dictionaries;
using Glossary.Formats;
using Glossary.Terms;
using Glossary.Testing;

namespace Glossary.Tests.Formats;

// The bundled dictionary is loaded from a form prepared at build time; these tests hold it to the text it was made
// from, read here by the library's text reader: every entry, in order, and the annotation trie, exactly.
public sealed class PreparedGlossaryTests
{
    private static readonly Lazy<TermBase> FromText = new(() =>
    {
        using var file = File.OpenRead(Repository.PathOf("src", "Glossary.Dictionaries.CcCedict", "Data", "cedict_ts.u8.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return GlossaryFile.Read(gzip, CcCedict.SourceName, strict: true, GlossaryFormat.CcCedict);
    });

    [Fact]
    public void BundledDictionary_EveryEntry_EqualsTheTextReadersEntry()
    {
        var expected = FromText.Value.Entries;
        var prepared = CcCedict.Dictionary.Entries;

        Assert.Equal(expected.Count, prepared.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Surfaces, prepared[i].Surfaces);
            Assert.Equal(expected[i].PackedGlosses, prepared[i].PackedGlosses);
            Assert.Equal(expected[i].NumberedPinyin, prepared[i].NumberedPinyin);
            Assert.Equal(expected[i].Source, prepared[i].Source);
            Assert.Equal(expected[i].Pinyin, prepared[i].Pinyin);
            Assert.Equal(expected[i].Glosses, prepared[i].Glosses);
        }

        Assert.Empty(CcCedict.Dictionary.Issues);
        Assert.Empty(CcCedict.Dictionary.Comments);
    }

    [Fact]
    public void BundledDictionary_Trie_EqualsTheTrieBuiltFromTheText()
    {
        var expected = FromText.Value.Layers[0].Matcher;
        var prepared = CcCedict.Dictionary.Layers[0].Matcher;

        Assert.True(expected.ChildStart.SequenceEqual(prepared.ChildStart));
        Assert.True(expected.Labels.SequenceEqual(prepared.Labels));
        Assert.True(expected.Targets.SequenceEqual(prepared.Targets));
        Assert.True(expected.Patterns.SequenceEqual(prepared.Patterns));
    }

    [Fact]
    public void BundledDictionary_AnnotatesTheArticle_AsTheTextReadersDictionaryDoes()
    {
        var text = Samples.SampleCorpus.Article;

        var expected = FromText.Value.Annotate(text);
        var prepared = CcCedict.Dictionary.Annotate(text);

        Assert.True(expected.Count > 1000, $"only {expected.Count} words annotated");
        Assert.Equal(expected.Select(s => (s.Offset, s.Text)), prepared.Select(s => (s.Offset, s.Text)));
        Assert.Equal(expected.Select(s => Place(FromText.Value, s.Entry)), prepared.Select(s => Place(CcCedict.Dictionary, s.Entry)));
    }

    private static int Place(TermBase terms, TermEntry entry) => terms.Layers[0].Entries.AsSpan().IndexOf(entry);

    [Fact]
    public void WriteThenRead_SmallDictionary_GivesTheSameEntriesAndMatches()
    {
        var text = "綠 绿 [lu:4] /green/\n行 行 [xing2] /to walk/\n行 行 [hang2] /row/line/\n女兒 女儿 [nu:3 er2] /daughter/\n";
        var original = GlossaryFile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "mini.u8", strict: true, GlossaryFormat.CcCedict);
        using var buffer = new MemoryStream();

        PreparedGlossary.Write(original, buffer);
        var read = PreparedGlossary.Read(buffer.ToArray(), "mini.u8");

        Assert.Equal(original.Entries.Select(e => (e.Term, e.Pinyin, string.Join("/", e.Glosses), string.Join("|", e.Variants), e.Source)),
            read.Entries.Select(e => (e.Term, e.Pinyin, string.Join("/", e.Glosses), string.Join("|", e.Variants), e.Source)));
        Assert.Equal(2, read.FindAll("行").Count);
        Assert.Equal(["绿", "行", "女兒"], read.Annotate("绿行女兒").Select(s => s.Text));
    }

    [Fact]
    public void Read_NotAPreparedGlossary_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PreparedGlossary.Read(new byte[32], "x"));
    }
}
