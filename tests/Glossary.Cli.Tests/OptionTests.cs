using System.Text.Json;
using System.Text.RegularExpressions;
using Glossary.Testing;

namespace Glossary.Cli.Tests;

// The command line as a new user types it: every bad value is one line naming the option and what it accepts (as the
// help spells it), exit 2; "--" ends the options; one version everywhere.
public sealed class OptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-options-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("glossary: --limit must be a whole number of 1 or more (got -1) (see glossary term --help)", "term", "软件", "--limit", "-1")]
    [InlineData("glossary: --limit must be a whole number of 1 or more (got -1) (see glossary search --help)", "search", "软件", "--limit", "-1")]
    [InlineData("glossary: --limit must be a whole number of 1 or more (got abc) (see glossary term --help)", "term", "软件", "--limit", "abc")]
    [InlineData("glossary: --limit must be a whole number of 1 or more (got 0) (see glossary terms --help)", "terms", "--limit", "0")]
    [InlineData("glossary: --context must be a whole number from 0 to 64 (got 999) (see glossary term --help)", "term", "软件", "--context", "999")]
    [InlineData("glossary: --sort must be position, left or right (got middle) (see glossary term --help)", "term", "软件", "--sort", "middle")]
    [InlineData("glossary: --encoding must be utf-8, utf-16, gb18030, gbk or big5 (got latin-9000) (see glossary annotate --help)", "annotate", "--encoding", "latin-9000")]
    [InlineData("glossary: --format must be tsv, csv, tbx or cedict (got xml) (see glossary convert --help)", "convert", "a.tsv", "b.tsv", "--format", "xml")]
    [InlineData("glossary: --to must be tsv, csv or tbx (got u8) (see glossary convert --help)", "convert", "a.tsv", "b.tsv", "--to", "u8")]
    [InlineData("glossary: Unknown option 'frob'. (see glossary term --help)", "term", "软件", "--frob")]
    public async Task AnInvalidValue_IsOneLineNamingTheOptionAndWhatItTakes_Exit2(string expected, params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal((2, expected, string.Empty), (result.ExitCode, result.Error.TrimEnd('\n'), result.Output));
    }

    [Fact]
    public async Task TheHelp_SpellsTheChoicesAsTheErrorsDo()
    {
        var help = (await Cli.RunAsync("term", "--help")).Output;

        Assert.Contains("--sort <ORDER>              position    position, left", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Position", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralWordsUnquoted_SayToQuoteThem()
    {
        var result = await Cli.RunAsync("term", "grand", "bargain");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("glossary: unexpected argument 'bargain' (quote a text of several words: \"grand bargain\") (see glossary term --help)", result.Error.Trim());
    }

    [Fact]
    public async Task ALongLookUp_SaysToUseGlossarySearch_NotAnApiName()
    {
        var text = new string('长', 65);

        var result = await Cli.RunAsync("term", text);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("glossary: A look-up takes at most 64 characters; this one has 65. For longer text, use: glossary search \"…\"", result.Error.Trim());
    }

    [Fact]
    public async Task DoubleDash_EndsTheOptions_SoATermStartingWithADashIsLookedUp()
    {
        var man = Path.Combine(_folder, "git-push.txt");
        await File.WriteAllTextAsync(man, "git push --force 会覆盖远端历史。慎用 --force,或改用 --force-with-lease。");
        var index = Path.Combine(_folder, "index");
        Assert.Equal(0, (await Cli.RunAsync("index", man, "--index", index)).ExitCode);

        var sort = await Cli.RunAsync("term", "--json", "--", "--sort");
        var force = await Cli.RunAsync("term", "--index", index, "--json", "--", "--force");

        Assert.Equal((0, string.Empty), (sort.ExitCode, sort.Error));
        using var sortJson = JsonDocument.Parse(sort.Output);
        Assert.Equal("--sort", sortJson.RootElement.GetProperty("query").GetString());
        Assert.Equal((0, string.Empty), (force.ExitCode, force.Error));
        using var forceJson = JsonDocument.Parse(force.Output);
        Assert.Equal(3, forceJson.RootElement.GetProperty("count").GetInt32());
        Assert.All(forceJson.RootElement.GetProperty("occurrences").EnumerateArray(), o => Assert.Equal("--force", o.GetProperty("match").GetString()));
    }

    [Fact]
    public async Task DoubleDash_ADashAfterIt_IsStillStandardInput()
    {
        var result = await Cli.RunWithInputAsync("美国的大买卖", "annotate", "--json", "--", "-");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["大买卖"], json.RootElement.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Version_IsThePackageVersion()
    {
        var props = await File.ReadAllTextAsync(Repository.PathOf("Directory.Build.props"));
        var version = Regex.Match(props, "<Version>(.*)</Version>").Groups[1].Value;

        var result = await Cli.RunAsync("--version");

        Assert.NotEmpty(version);
        Assert.Equal((0, version), (result.ExitCode, result.Output.Trim()));
    }
}
