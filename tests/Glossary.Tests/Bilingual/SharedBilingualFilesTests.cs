using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Glossary.Bilingual;
using Glossary.Errors;
using Glossary.Testing;

namespace Glossary.Tests.Bilingual;

// The readers against real files of other projects in ../shared/bilingual (the LISA TMX Compliance Kit, the OASIS
// XLIFF 2.0 test suite, TICO-19's English–Chinese memory). Unit counts are checked against an independent count of
// the files' elements. The valid XLIFF files read without a warning; each invalid one is read with a warning that
// names what it breaks (InvalidXliffReasons), or refused in strict mode, never a crash.
public sealed partial class SharedBilingualFilesTests
{
    public static TheoryData<string> ComplianceKit() =>
        [.. Directory.GetFiles(SharedMaterial.PathOf("bilingual", "tmx-compliance-kit"), "*.tmx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ValidXliff() => [.. XliffSuite("valid")];

    public static TheoryData<string> InvalidXliff() => [.. XliffSuite("invalid")];

    // Each invalid file of the suite and a fragment of the warning it must give: the constraint its name says it breaks.
    private static readonly Dictionary<string, string> InvalidXliffReasons = new(StringComparer.Ordinal)
    {
        ["bad_CommentWithValueAndRef.xlf"] = "has both a value and a ref",
        ["bad_ConfusedIsolatedOnEc.xlf"] = "is not isolated, so it names its <sc> by startRef alone",
        ["bad_CopyOfWithBadReference.xlf"] = "the copyOf 'not1' of <ph id='2'> points to no code of the unit",
        ["bad_CopyOfWithNoCopyReference.xlf"] = "which is marked canCopy=\"no\"",
        ["bad_CopyOfWithOriginalData.xlf"] = "has both copyOf and dataRef",
        ["bad_DataIdNotUnique.xlf"] = "the data id 'd1twice' is used twice in one <originalData>",
        ["bad_DataRefWithoutOriginalData.xlf"] = "the dataRef 'd1' of <ph id='1'> points to no <data>",
        ["bad_DifferentCanCopyInScAndEc.xlf"] = "has canCopy=\"yes\" where its <sc> asks for \"no\"",
        ["bad_DifferentCanDeleteInScAndEc.xlf"] = "has canDelete=\"yes\" where its <sc> asks for \"no\"",
        ["bad_DifferentCanOverlapInScAndEc.xlf"] = "has canOverlap=\"yes\" where its <sc> asks for \"no\"",
        ["bad_DifferentCanReorderInScAndEc.xlf"] = "has canReorder=\"yes\" where its <sc> asks for \"no\"",
        ["bad_DifferentCopyOfInScAndEc.xlf"] = "has copyOf=\"2\" where its <sc> asks for \"1\"",
        ["bad_DifferentDirInScAndEc.xlf"] = "has dir=\"ltr\" where its <sc> asks for \"rtl\"",
        ["bad_DifferentSubTypeInScAndEc.xlf"] = "has subType=\"xlf:i\" where its <sc> asks for \"xlf:b\"",
        ["bad_DifferentTypeInScAndEc.xlf"] = "has type=\"ui\" where its <sc> asks for \"fmt\"",
        ["bad_DifferentXmlSpace.xlf"] = "the <target> treats white space as 'default' but its <source> as 'preserve'",
        ["bad_DuplicateExtElemIdsInFile.xlf"] = "the id 'x1' of <my:elem2> is used twice among its sibling elements",
        ["bad_DuplicateExtElemIdsInGroup.xlf"] = "the id 'x1' of <my:elem2> is used twice among its sibling elements",
        ["bad_DuplicateExtElemIdsInUnit.xlf"] = "the id 'x1' of <my:elem2> is used twice among its sibling elements",
        ["bad_DuplicateNoteIdsInFile.xlf"] = "the note id 'n1' is used twice in one <notes>",
        ["bad_DuplicateNoteIdsInGroup.xlf"] = "the note id 'n1' is used twice in one <notes>",
        ["bad_DuplicateNoteIdsInUnit.xlf"] = "the note id 'n1' is used twice in one <notes>",
        ["bad_EcBeforeSc.xlf"] = "<ec startRef='1'> comes before the <sc id='1'> it closes",
        ["bad_EmBeforeSm.xlf"] = "<em startRef='1'> comes before the <sm id='1'> it closes",
        ["bad_EmptySkeletonWithoutHref.xlf"] = "the <skeleton> is empty and has no href",
        ["bad_FileIdNotUnique.xlf"] = "the file id '1twice' is used twice in one <xliff>",
        ["bad_GroupIdNotUnique.xlf"] = "the group id '1twice' is used twice in one <file>",
        ["bad_GroupWithoutId.xlf"] = "the <group> has no id",
        ["bad_IgnorableIdNotUnique.xlf"] = "the id 'i1twice' of <ignorable> is used twice in one <unit>",
        ["bad_IgnorableWithoutSource.xlf"] = "the <ignorable> has no <source>",
        ["bad_InvalidCommentAnnotation1.xlf"] = "has neither a value nor a ref",
        ["bad_InvalidCommentAnnotation2.xlf"] = "refers to '#n1', which is not a note of its unit",
        ["bad_InvalidCommentAnnotation3.xlf"] = "refers to '#f=f1/n=n1', which is not a note of its unit",
        ["bad_InvalidCommentAnnotation4.xlf"] = "refers to '#g=g1/n=n1', which is not a note of its unit",
        ["bad_InvalidDataRef.xlf"] = "the dataRef 'bad' of <ph id='2'> points to no <data>",
        ["bad_InvalidDataRefEnd.xlf"] = "the dataRefEnd 'bad' of <pc id='1'> points to no <data>",
        ["bad_InvalidDataRefStart.xlf"] = "the dataRefStart 'bad' of <pc id='1'> points to no <data>",
        ["bad_InvalidDirAttributeOnSource.xlf"] = "<source> has no dir attribute in XLIFF 2",
        ["bad_InvalidExtensionAttributeOnPc.xlf"] = "the attribute badAttr of namespace 'myNS' is not allowed on <pc>",
        ["bad_InvalidExtensionAttributeOnSegment.xlf"] = "the attribute badAttr of namespace 'myNS' is not allowed on <segment>",
    };

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
        Assert.True(document.Issues.Count == 0, string.Join("\n", document.Issues));
    }

    [Theory]
    [MemberData(nameof(ValidXliff))]
    public void OasisValidXliff_ReadsInStrictMode(string name)
    {
        var path = SharedMaterial.PathOf("bilingual", "xliff2-oasis", "valid", name);

        var error = Record.Exception(() => BilingualFile.Load(path, strict: true));

        Assert.Null(error);
    }

    [Theory]
    [MemberData(nameof(InvalidXliff))]
    public void OasisInvalidXliff_IsReadWithAWarningNamingWhatItBreaks_NeverACrash(string name)
    {
        var path = SharedMaterial.PathOf("bilingual", "xliff2-oasis", "invalid", name);
        Assert.True(InvalidXliffReasons.TryGetValue(name, out var reason), $"{name} is not in the table of expected reasons");
        BilingualDocument? document = null;

        var error = Record.Exception(() => document = BilingualFile.Load(path));

        Assert.True(error is null or GlossaryFormatException, $"{name}: {error}");
        var said = error is null ? document!.Issues.Select(i => i.ToString()).ToList() : [error.Message];
        Assert.True(said.Any(s => s.Contains(reason, StringComparison.Ordinal) && s.Contains(name, StringComparison.Ordinal)),
            $"{name}: expected a warning with \"{reason}\"; got:\n{string.Join("\n", said)}");
        Assert.All(document?.Issues ?? [], i => Assert.True(i.Line > 0 && i.Column > 0, $"no line and column: {i}"));
    }

    [Theory]
    [MemberData(nameof(InvalidXliff))]
    public void OasisInvalidXliff_IsRefusedInStrictMode(string name)
    {
        var path = SharedMaterial.PathOf("bilingual", "xliff2-oasis", "invalid", name);

        var error = Record.Exception(() => BilingualFile.Load(path, strict: true));

        Assert.IsType<GlossaryFormatException>(error);
    }

    [Fact]
    public void OasisXliffSuite_Has55ValidAnd40InvalidFiles_EachInvalidOneWithAnExpectedReason()
    {
        var invalid = XliffSuite("invalid");

        Assert.Equal(55, XliffSuite("valid").Count);
        Assert.Equal(40, invalid.Count);
        Assert.Equal(InvalidXliffReasons.Keys.Order(StringComparer.Ordinal), invalid);
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
        // The first unit, as LINQ to XML reads it independently: its tuid and the text of its Chinese seg.
        var first = Xml(path).Descendants().First(e => e.Name.LocalName == "tu");
        Assert.Equal((string?)first.Attribute("tuid"), document.Units[0].Id);
        Assert.Equal(first.Descendants().Where(e => e.Name.LocalName == "tuv" && (string?)e.Attribute(XNamespace.Xml + "lang") == "zh")
            .Single().Descendants().Single(e => e.Name.LocalName == "seg").Value, document.Units[0].Chinese!.Text);
    }

    private static List<string> XliffSuite(string folder) =>
        [.. Directory.GetFiles(SharedMaterial.PathOf("bilingual", "xliff2-oasis", folder), "*.xlf").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    // An independent count: the elements of that local name, found by LINQ to XML over the whole file.
    private static int Count(string path, string localName) => Xml(path).Descendants().Count(e => e.Name.LocalName == localName);

    private static XDocument Xml(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        return XDocument.Load(reader);
    }
}
