using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Glossary.Bilingual;
using Glossary.Errors;
using Glossary.Testing;

namespace Glossary.Tests.Bilingual;

// The readers against real files of other projects in ../shared/bilingual (the LISA TMX Compliance Kit, the OASIS
// XLIFF 2.0 test suite, TICO-19's English–Chinese memory). Unit counts are checked against an independent count of
// the files' elements; the invalid XLIFF files must never crash a reader.
public sealed partial class SharedBilingualFilesTests
{
    public static TheoryData<string> ComplianceKit() =>
        [.. Directory.GetFiles(SharedMaterial.PathOf("bilingual", "tmx-compliance-kit"), "*.tmx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ValidXliff() =>
        [.. Directory.GetFiles(SharedMaterial.PathOf("bilingual", "xliff2-oasis", "valid"), "*.xlf").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> InvalidXliff() =>
        [.. Directory.GetFiles(SharedMaterial.PathOf("bilingual", "xliff2-oasis", "invalid"), "*.xlf").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ComplianceKit))]
    public void TmxComplianceKit_EveryFileReads_WithOneUnitPerTu(string name)
    {
        var path = SharedMaterial.PathOf("bilingual", "tmx-compliance-kit", name);

        var document = BilingualFile.Load(path);

        Assert.Equal(Count(path, "tu"), document.Units.Count);
        Assert.Empty(document.Issues);
        Assert.All(document.Units, u => Assert.NotEmpty(u.Texts));
    }

    [Theory]
    [MemberData(nameof(ValidXliff))]
    public void OasisValidXliff_EveryFileReads_WithOneUnitPerSegment(string name)
    {
        var path = SharedMaterial.PathOf("bilingual", "xliff2-oasis", "valid", name);

        var document = BilingualFile.Load(path);

        Assert.Equal(Count(path, "segment"), document.Units.Count);
        Assert.Equal(BilingualFormat.Xliff, document.Format);
    }

    [Theory]
    [MemberData(nameof(InvalidXliff))]
    public void OasisInvalidXliff_IsRefusedOrReadWithAWarning_NeverACrash(string name)
    {
        var path = SharedMaterial.PathOf("bilingual", "xliff2-oasis", "invalid", name);

        var error = Record.Exception(() => BilingualFile.Load(path));

        Assert.True(error is null or GlossaryFormatException, $"{name}: {error}");
    }

    [Fact]
    public void Tico19_Reads3071EnglishChineseUnits_EachWithBothSides()
    {
        var path = SharedMaterial.PathOf("bilingual", "tico-19", "all.en-zh.tmx");

        var document = BilingualFile.Load(path);

        Assert.Equal(Count(path, "tu"), document.Units.Count);
        Assert.Equal(3071, document.Units.Count);
        Assert.Equal("en", document.SourceLanguage);
        Assert.True(document.HasChinese);
        Assert.All(document.Units, u =>
        {
            Assert.Equal(["en", "zh"], u.Texts.Select(t => t.Language));
            Assert.NotNull(u.Chinese);
        });
        Assert.Equal("这些症状已持续多长时间？", document.Units[0].Chinese!.Text);
        Assert.Equal("CMU_1:1", document.Units[0].Id);
    }

    // An independent count: the elements of that local name, found by LINQ to XML over the whole file.
    private static int Count(string path, string localName)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        return XDocument.Load(reader).Descendants().Count(e => e.Name.LocalName == localName);
    }
}
