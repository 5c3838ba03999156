using System.Text.Json;
using Glossary.Formats;
using Glossary.Samples;

namespace Glossary.Cli.Tests;

// Inputs as a new user names them: one style for every missing one, totals said wherever a list is cut, and a
// glossary never converted over itself without --force.
public sealed class InputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("file", "annotate", "{missing}")]
    [InlineData("file", "restore", "{missing}")]
    [InlineData("file", "term", "卡脖子", "--glossary", "{missing}")]
    [InlineData("file", "term", "卡脖子", "--dictionary", "{missing}")]
    [InlineData("file", "term", "卡脖子", "--spin-pairs", "{missing}")]
    [InlineData("file", "restore", "--spin-pairs", "{missing}")]
    [InlineData("file", "convert", "{missing}", "{out}")]
    [InlineData("file or folder", "index", "{missing}", "--index", "{out}")]
    [InlineData("folder", "term", "卡脖子", "--index", "{missing}")]
    public async Task EveryMissingInput_IsOneLineInOneStyle(string what, params string[] args)
    {
        var missing = Path.Combine(_folder, "nosuch.tsv");
        var output = Path.Combine(_folder, "out.tsv");

        var result = await Cli.RunAsync([.. args.Select(a => a.Replace("{missing}", missing, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal))]);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"glossary: {missing}: no such {what}", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output) || Directory.Exists(output));
    }

    [Fact]
    public async Task EnglishWithTheDictionary_SaysHowManyEntriesItDidNotShow()
    {
        var text = await Cli.RunAsync("term", "software", "--dictionary", "cedict");
        var json = await Cli.RunAsync("term", "software", "--dictionary", "cedict", "--json");

        using var document = JsonDocument.Parse(json.Output);
        var total = document.RootElement.GetProperty("entriesTotal").GetInt32();
        Assert.True(total > 10, $"{total} entries");
        Assert.Equal(10, document.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal(total, Dictionaries.CcCedict.Dictionary.FindByGloss("software").Count);
        Assert.Contains($"showing 10 of {total} entries", text.Output.Split('\n'));
    }

    [Fact]
    public async Task SearchHeader_SaysTheTotal_NotTheLimit()
    {
        using var index = await SampleCorpus.OpenIndexAsync();
        var total = index.Search("芯片 出口管制", 3).Total;

        var text = await Cli.RunAsync("search", "芯片", "出口管制", "--limit", "3");
        var json = await Cli.RunAsync("search", "芯片", "出口管制", "--limit", "3", "--json");

        Assert.True(total > 3);
        Assert.StartsWith($"3 of {total} passages for 芯片 出口管制\n", text.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(total, document.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(3, document.RootElement.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task ConvertOntoItself_WithoutForce_IsRefused_AndTheFileIsUntouched()
    {
        var path = Path.Combine(_folder, "mine.tsv");
        const string content = "# my glossary\n卡脖子\tchokehold\n";
        await File.WriteAllTextAsync(path, content);

        var result = await Cli.RunAsync("convert", path, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: Not converting {path} onto itself: that replaces the input. Write to another file, or give --force.", result.Error.Trim());
        Assert.Equal(content, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task ConvertOntoItself_WithForce_RewritesIt_AndSaysOneEntry()
    {
        var path = Path.Combine(_folder, "mine.tsv");
        await File.WriteAllTextAsync(path, "卡脖子\tchokehold\n");

        var result = await Cli.RunAsync("convert", path, path, "--force");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Equal($"Wrote 1 entry to {path}\n", result.Output);
        Assert.Equal(("卡脖子", "chokehold"), (GlossaryFile.Load(path).Entries.Single().Term, GlossaryFile.Load(path).Entries.Single().Glosses[0]));
    }

    [Fact]
    public async Task Convert_AnOutputNameThatSaysNoFormat_IsAUsageError_AsTheLibraryWouldRefuseIt()
    {
        var input = Path.Combine(_folder, "mine.tsv");
        await File.WriteAllTextAsync(input, "卡脖子\tchokehold\n");
        var output = Path.Combine(_folder, "mine.txt");

        var refused = await Cli.RunAsync("convert", input, output);
        var named = await Cli.RunAsync("convert", input, output, "--to", "csv");

        Assert.Equal(GlossaryFormat.Auto, GlossaryFile.FormatOf(output));
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"glossary: cannot tell the format of {output} from its name: name it .tsv, .csv or .tbx, or give --to tsv, csv or tbx (see glossary convert --help)", refused.Error.Trim());
        Assert.Equal(0, named.ExitCode);
        Assert.Equal("卡脖子", GlossaryFile.Load(output, format: GlossaryFormat.Csv).Entries.Single().Term);
    }
}
