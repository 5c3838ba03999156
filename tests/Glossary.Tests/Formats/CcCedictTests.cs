using System.IO.Compression;
using System.Text;
using Glossary.Dictionaries;
using Glossary.Testing;
using Glossary.Errors;
using Glossary.Terms;
using Glossary.Formats;

namespace Glossary.Tests.Formats;

public sealed class CcCedictTests : IDisposable
{
    // The bundled dictionary's text, decompressed here from the repository's file, independently of the library.
    private static readonly Lazy<string[]> FileLines = new(() =>
    {
        using var file = File.OpenRead(Repository.PathOf("src", "Glossary.Dictionaries.CcCedict", "Data", "cedict_ts.u8.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return [.. lines];
    });

    private const string SmallDictionary =
        "# CC-CEDICT\n" +
        "#! version=1\n" +
        "綠 绿 [lu:4] /green/\n" +
        "壞 坏 huai4 /bad/\n" +
        "好 好 [hao3] good\n" +
        "女兒 女儿 [nu:3 er2] /daughter/\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-cedict-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IEnumerable<string> EntryLines => FileLines.Value.Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'));

    [Fact]
    public void Dictionary_Loads_WithoutIssues_OneEntryPerLineOfTheFile()
    {
        var lineCount = EntryLines.Count();
        var declared = FileLines.Value.Single(l => l.StartsWith("#! entries=", StringComparison.Ordinal))["#! entries=".Length..];

        Assert.Empty(CcCedict.Dictionary.Issues);
        Assert.Equal(lineCount, CcCedict.Dictionary.Entries.Count);
        Assert.Equal(int.Parse(declared, System.Globalization.CultureInfo.InvariantCulture), lineCount);
    }

    [Fact]
    public void Dictionary_EveryEntry_HasTheFormsAndGlossesOfItsLine()
    {
        var lines = EntryLines.ToArray();
        var entries = CcCedict.Dictionary.Entries;

        // Readings of one headword may be reordered (the main reading first), so lines and entries are compared as
        // two multisets of (forms, glosses) and, line by line, for the headword they hold at each place.
        Assert.Equal(lines.Length, entries.Count);
        static string Key(string simplified, IEnumerable<string> variants, IEnumerable<string> glosses) =>
            $"{simplified}|{string.Join('|', variants)}|{string.Join('/', glosses)}";
        var expected = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var (traditional, simplified, _, glosses) = ParseLine(lines[i]);
            Assert.Equal(simplified, entries[i].Term);
            expected.Add(Key(simplified, traditional == simplified ? [] : [traditional], glosses));
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), entries.Select(e => Key(e.Term, e.Variants, e.Glosses)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dictionary_Kabozi_HasTonePinyinAndTheGlossesOfItsLine()
    {
        var line = EntryLines.Single(l => l.Split(' ')[1] == "卡脖子");
        var (_, _, numbered, glosses) = ParseLine(line);

        var entry = CcCedict.Dictionary.Find("卡脖子")!;

        Assert.Equal("qia3 bo2 zi5", numbered);
        Assert.Equal("qiǎ bózi", entry.Pinyin);
        Assert.Equal(glosses, entry.Glosses);
        Assert.Equal(["to squeeze the throat", "(fig.) to have in a stranglehold", "critical"], glosses);
        Assert.Equal("CC-CEDICT", entry.Source);
        Assert.Single(CcCedict.Dictionary.FindAll("卡脖子"));
    }

    [Fact]
    public void Dictionary_TraditionalAndSimplified_FindTheSameEntry()
    {
        var line = EntryLines.Single(l => l.StartsWith("國家 国家 [", StringComparison.Ordinal));
        var (_, _, _, glosses) = ParseLine(line);

        var byTraditional = CcCedict.Dictionary.Find("國家");
        var bySimplified = CcCedict.Dictionary.Find("国家");

        Assert.NotNull(byTraditional);
        Assert.Same(byTraditional, bySimplified);
        Assert.Equal("国家", bySimplified!.Term);
        Assert.Equal(["國家"], bySimplified.Variants);
        Assert.Equal("guó jiā", bySimplified.Pinyin);
        Assert.Equal(glosses, bySimplified.Glosses);
    }

    [Fact]
    public void Dictionary_HeadwordWithSeveralReadings_IsSeveralEntries()
    {
        var readings = EntryLines.Where(l => l.Split(' ')[1] == "行").ToArray();

        var found = CcCedict.Dictionary.FindAll("行");

        Assert.Equal(readings.Length, found.Count);
        Assert.Equal(found.Count, found.Select(e => e.Pinyin).Distinct().Count());
        Assert.Contains("xíng", found.Select(e => e.Pinyin));
        Assert.Contains("háng", found.Select(e => e.Pinyin));
        Assert.All(found, e => Assert.Equal("行", e.Term));
    }

    [Fact]
    public void Dictionary_ClassifierGloss_IsKeptAndMarked()
    {
        var line = EntryLines.Single(l => l.StartsWith("汽車 汽车 [", StringComparison.Ordinal));
        var (_, _, _, glosses) = ParseLine(line);
        Assert.Contains("CL:輛|辆[liang4]", glosses);

        var entry = CcCedict.Dictionary.Find("汽车")!;

        Assert.Equal(glosses, entry.Glosses);
        Assert.Equal(["CL:輛|辆[liang4]"], entry.Translations.Where(t => t.IsClassifier).Select(t => t.Text));
        Assert.Equal(["car", "automobile", "bus"], entry.Translations.Where(t => !t.IsClassifier).Select(t => t.Text));
    }

    [Fact]
    public void Dictionary_ClassifierGlosses_AreAsManyAsInTheFile()
    {
        var inFile = EntryLines.Sum(l => ParseLine(l).Glosses.Count(g => g.StartsWith("CL:", StringComparison.Ordinal)));

        var marked = CcCedict.Dictionary.Entries.Sum(e => e.Translations.Count(t => t.IsClassifier));

        Assert.True(inFile > 1000, $"only {inFile} classifier glosses in the file");
        Assert.Equal(inFile, marked);
    }

    [Fact]
    public void Load_SmallFile_SkipsComments_ConvertsUColon_AndReportsBadLines()
    {
        var path = Write("mini.u8", SmallDictionary);

        var terms = GlossaryFile.Load(path);

        Assert.Equal(["绿", "女儿"], terms.Entries.Select(e => e.Term));
        Assert.Equal("lǜ", terms.Find("綠")!.Pinyin);
        Assert.Equal(["green"], terms.Find("绿")!.Glosses);
        Assert.Equal("nǚ ér", terms.Find("女兒")!.Pinyin);
        Assert.Equal([4, 5], terms.Issues.Select(i => i.Line));
        Assert.All(terms.Issues, i => Assert.Equal("mini.u8", i.File));
        Assert.Contains("[pinyin] is missing", terms.Issues[0].Reason, StringComparison.Ordinal);
        Assert.Contains("between slashes", terms.Issues[1].Reason, StringComparison.Ordinal);
        Assert.Equal("mini.u8", terms.Entries[0].Source);
    }

    [Fact]
    public void Load_SmallFile_Strict_ThrowsOnTheFirstBadLine()
    {
        var path = Write("mini.u8", SmallDictionary);

        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryFile.Load(path, strict: true));

        Assert.Equal(4, error.Issue.Line);
        Assert.Contains("mini.u8:4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TxtFile_IsRecognisedAsCcCedictByItsContent()
    {
        var named = GlossaryFile.Load(Write("mini.u8", SmallDictionary));

        var detected = GlossaryFile.Load(Write("dict.txt", SmallDictionary));

        Assert.Equal(named.Entries.Select(e => (e.Term, e.Pinyin, string.Join("/", e.Glosses), string.Join("|", e.Variants))),
            detected.Entries.Select(e => (e.Term, e.Pinyin, string.Join("/", e.Glosses), string.Join("|", e.Variants))));
        Assert.Equal("lǜ", detected.Find("绿")!.Pinyin);
        Assert.Equal([4, 5], detected.Issues.Select(i => i.Line));
        Assert.Equal(named.Issues.Select(i => i.Reason), detected.Issues.Select(i => i.Reason));
    }

    // "Traditional Simplified [pin1 yin1] /gloss/gloss/", cut with string methods only.
    private static (string Traditional, string Simplified, string Pinyin, string[] Glosses) ParseLine(string line)
    {
        var first = line.IndexOf(' ', StringComparison.Ordinal);
        var second = line.IndexOf(' ', first + 1);
        var open = line.IndexOf('[', second);
        var close = line.IndexOf(']', open);
        var slashes = line[(close + 1)..].Trim();
        return (line[..first], line[(first + 1)..second], line[(open + 1)..close],
            slashes.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
