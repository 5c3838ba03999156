using System.Text.Json;

namespace Glossary.Cli.Tests;

// `glossary check` as a translator and a build server run it: the report, the JSON, and the exit codes.
public sealed class CheckCommandTests : IDisposable
{
    private const string Header = "# term\tgloss\tnote\tvariants\tpinyin\tstatus\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-check-").FullName;
    private readonly string _glossary;

    public CheckCommandTests()
    {
        _glossary = Write("terms.tsv", Header +
            "文件\tfile\n" +
            "程序\tprogram\n" +
            "服务器\tserver\t\t\t\tpreferred\n" +
            "服务器\thost\t\t\t\tadmitted\n" +
            "服务器\tservo\t\t\t\tforbidden\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Tmx(string srclang, params (string Id, string Source, string Target)[] units)
    {
        var target = srclang == "zh-CN" ? "en" : "zh-CN";
        var tus = string.Concat(units.Select(u =>
            $"<tu tuid=\"{u.Id}\"><tuv xml:lang=\"{srclang}\"><seg>{u.Source}</seg></tuv><tuv xml:lang=\"{target}\"><seg>{u.Target}</seg></tuv></tu>\n"));
        return Write($"memory-{srclang}.tmx", $"<tmx version=\"1.4\"><header srclang=\"{srclang}\"/><body>\n{tus}</body></tmx>");
    }

    // The README's example, byte for byte: run as the README runs it, from the repository's root with relative paths
    // and the output piped (never wrapped), so neither the clone's path nor a terminal's width can change a line.
    [Theory]
    [InlineData("check")]
    [InlineData("check-json", "--json")]
    public async Task TheReadmeExample_MatchesTheGoldenFile(string name, params string[] extra)
    {
        string[] args = ["check", "seeds/check/project.tmx", "--glossary", "seeds/check/terms.tsv", "--dictionary", "cedict"];

        var result = await Cli.RunProcessInAsync(Glossary.Testing.Repository.Root, new Dictionary<string, string>(), [.. args, .. extra]);

        Assert.True(result.ExitCode == 3, result.Error);
        Golden.Verify(name, result.Output);
    }

    // The README shows that output: its block after the command must be the golden file, so neither drifts alone.
    [Fact]
    public void TheReadmeShowsTheGoldenOutput()
    {
        var readme = File.ReadAllText(Glossary.Testing.Repository.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string Command = "glossary check seeds/check/project.tmx --glossary seeds/check/terms.tsv --dictionary cedict\n```\n\n```text\n";
        var start = readme.IndexOf(Command, StringComparison.Ordinal);
        Assert.True(start >= 0, "The README no longer shows the check command followed by its output.");
        start += Command.Length;
        var shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var golden = File.ReadAllText(Glossary.Testing.Repository.PathOf("tests", "Glossary.Cli.Tests", "Golden", "check.verified.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(golden.TrimEnd('\n'), shown.TrimEnd('\n'));
    }

    [Fact]
    public async Task ACleanFile_ExitsWith0()
    {
        var tmx = Tmx("zh-CN", ("u1", "打开文件", "Open the files"), ("u2", "服务器", "The server"));

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("0 findings (0 missing, 0 forbidden, 0 inconsistent) in 2 units checked of 2, 1 file", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_AreGroupedByCheck_AndExitWith3()
    {
        var tmx = Tmx("zh-CN", ("u1", "打开文件", "Open the document"), ("u2", "服务器", "the servo"));

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Missing terms (1, error)", result.Output, StringComparison.Ordinal);
        Assert.Contains("u1  文件 → expected file", result.Output, StringComparison.Ordinal);
        Assert.Contains("source  打开【文件】", result.Output, StringComparison.Ordinal);
        Assert.Contains("u2  服务器 → servo is forbidden; use server, host", result.Output, StringComparison.Ordinal);
        Assert.Contains("target  the 【servo】", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 findings (1 missing, 1 forbidden, 0 inconsistent)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishToChinese_IsCheckedToo()
    {
        var tmx = Tmx("en", ("e1", "Save the files", "保存档案"), ("e2", "the program", "这个程序"));

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary, "--json");

        Assert.Equal(3, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("e1", "missing", "file", "文件"), (finding.GetProperty("unit").GetString(), finding.GetProperty("check").GetString(),
            finding.GetProperty("term").GetString(), finding.GetProperty("expected")[0].GetString()));
    }

    [Fact]
    public async Task Json_HasTheDocumentedShape_WithHighlightsIntoTheTexts()
    {
        var tmx = Tmx("zh-CN", ("u1", "服务器", "the server"), ("u2", "服务器", "a host"), ("u3", "服务器", "servers"));

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary, "--json");

        Assert.Equal(3, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal((3, 3, 0), (root.GetProperty("units").GetInt32(), root.GetProperty("checked").GetInt32(), root.GetProperty("skipped").GetInt32()));
        Assert.Equal(tmx, root.GetProperty("files")[0].GetString());
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal(("inconsistent", "u2", "host"), (finding.GetProperty("check").GetString(), finding.GetProperty("unit").GetString(), finding.GetProperty("found").GetString()));
        var target = finding.GetProperty("target");
        var range = target.GetProperty("highlights")[0];
        Assert.Equal("host", target.GetProperty("text").GetString()!.Substring(range.GetProperty("offset").GetInt32(), range.GetProperty("length").GetInt32()));
        Assert.Equal(["u1", "u3"], finding.GetProperty("variants")[0].GetProperty("units").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task ACheckAtWarningSeverity_IsShownButPasses()
    {
        var tmx = Tmx("zh-CN", ("u1", "打开文件", "Open the document"));

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary, "--severity", "missing=warning");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Missing terms (1, warning)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_ChooseWhatRuns()
    {
        var tmx = Tmx("zh-CN", ("u1", "打开文件", "Open the document"), ("u2", "服务器", "the servo"));

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary, "--checks", "forbidden", "--json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["forbidden"], json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("check").GetString()));
    }

    [Fact]
    public async Task AnIgnoreFile_SuppressesByUnitOrByTermPair()
    {
        var tmx = Tmx("zh-CN", ("u1", "打开文件", "Open the document"), ("u2", "服务器", "the servo"));
        var ignore = Write("check-ignore.tsv", "# unit\tterm\ttranslation\treason\nu1\t*\t*\tlegal text, worded by counsel\n*\t服务器\tservo\tthe client's brand name\n");

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary, "--ignore", ignore);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("0 findings (0 missing, 0 forbidden, 0 inconsistent; 2 suppressed)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIgnoreRuleWithoutAReason_IsBadInput()
    {
        var tmx = Tmx("zh-CN", ("u1", "打开文件", "Open the document"));
        var ignore = Write("check-ignore.tsv", "u1\t*\t*\n");

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary, "--ignore", ignore);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("check-ignore.tsv:1: an ignore rule is unit⇥term⇥translation⇥reason", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FuzzyAndUntranslatedUnits_AreSkippedAndCounted_UnlessIncluded()
    {
        var po = Write("zh.po", "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\"X-Source-Language: zh_CN\\n\"\n\n#, fuzzy\nmsgid \"文件\"\nmsgstr \"document\"\n\nmsgid \"打开文件\"\nmsgstr \"\"\n");

        var skipped = await Cli.RunAsync("check", po, "--glossary", _glossary, "--json");
        var included = await Cli.RunAsync("check", po, "--glossary", _glossary, "--json", "--include", "needs-review,untranslated");

        Assert.True(skipped.ExitCode == 0, skipped.Output + skipped.Error);
        using var json = JsonDocument.Parse(skipped.Output);
        Assert.Equal((2, 0, 2), (json.RootElement.GetProperty("units").GetInt32(), json.RootElement.GetProperty("checked").GetInt32(), json.RootElement.GetProperty("skipped").GetInt32()));
        Assert.Equal(1, json.RootElement.GetProperty("skippedBy").GetProperty("needsReview").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("skippedBy").GetProperty("untranslated").GetInt32());
        Assert.Equal(3, included.ExitCode);
        using var all = JsonDocument.Parse(included.Output);
        Assert.Equal(2, all.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task ADictionary_DecidesWordBoundaries_AndObligesNothing()
    {
        var tmx = Tmx("zh-CN", ("u1", "排程序列", "the scheduling sequence"));
        var dictionary = Write("words.tsv", "排程\tto schedule\n序列\tsequence\n");

        var without = await Cli.RunAsync("check", tmx, "--glossary", _glossary);
        var with = await Cli.RunAsync("check", tmx, "--glossary", _glossary, "--dictionary", dictionary);

        Assert.Equal(3, without.ExitCode);
        Assert.True(with.ExitCode == 0, with.Output + with.Error);
    }

    [Fact]
    public async Task CcCedict_Splits累积分布_So积分IsNoOccurrence_But求积分Is()
    {
        var glossary = Write("math.tsv", "积分\tintegral\n");
        var tmx = Tmx("zh-CN", ("stats", "累积分布函数", "cumulative distribution function"), ("calc", "求积分", "Find the antiderivative"));

        var result = await Cli.RunAsync("check", tmx, "--glossary", glossary, "--dictionary", "cedict", "--json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["calc"], json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task AMalformedFile_IsBadInput_InOneLine()
    {
        var broken = Write("broken.tmx", "<tmx version=\"1.4\"><header srclang=\"zh-CN\"/><body><tu><tuv xml:lang=\"zh-CN\"><seg>文件");

        var result = await Cli.RunAsync("check", broken, "--glossary", _glossary);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("broken.tmx", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--checks", "spelling")]
    [InlineData("--severity", "missing=fatal")]
    [InlineData("--include", "everything")]
    public async Task ABadOptionValue_IsAUsageError(string option, string value)
    {
        var tmx = Tmx("zh-CN", ("u1", "打开文件", "Open the files"));

        var result = await Cli.RunAsync("check", tmx, "--glossary", _glossary, option, value);

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task WithoutAGlossary_IsAUsageError()
    {
        var tmx = Tmx("zh-CN", ("u1", "打开文件", "Open the files"));

        var result = await Cli.RunAsync("check", tmx);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--glossary", result.Error, StringComparison.Ordinal);
    }
}
