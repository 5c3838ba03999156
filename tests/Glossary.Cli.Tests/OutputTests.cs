using System.Text.Json;
using System.Text.RegularExpressions;
using Glossary.Samples;
using Glossary.Testing;
using Spectre.Console;

namespace Glossary.Cli.Tests;

// Output fit for pipes: never wrapped into a file or `less`, wrapped at the terminal's width or COLUMNS otherwise,
// without breaking a 【highlight】 or starting a line with 。; no trailing spaces anywhere; numbers one way.
public sealed class OutputTests : IDisposable
{
    private static readonly string[] CommandNames = ["term", "search", "annotate", "restore", "terms", "convert", "index"];

    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PipedSearch_EveryPassageIsOneLine_WithItsHighlightsWhole()
    {
        using var json = JsonDocument.Parse((await Cli.RunAsync("search", "芯片", "出口管制", "--limit", "3", "--json")).Output);

        var piped = await Cli.RunProcessAsync("search", "芯片", "出口管制", "--limit", "3");

        Assert.Equal(0, piped.ExitCode);
        var lines = piped.Output.Split('\n');
        foreach (var hit in json.RootElement.GetProperty("hits").EnumerateArray())
        {
            Assert.Contains(Bracketed(hit), lines);
        }
    }

    [Fact]
    public async Task PipedTerm_TheNoteIsOneLine()
    {
        var note = SampleCorpus.Glossary.Find("大买卖")!.Note;

        var piped = await Cli.RunProcessAsync("term", "大买卖", "--limit", "3");

        Assert.Contains($"  note: {note}", piped.Output.Split('\n'));
    }

    [Fact]
    public async Task PipedIndexSummary_IsOneSentenceOnOneLine_WithItsNumbersSeparated()
    {
        var file = Path.Combine(_folder, "article.txt");
        await File.WriteAllTextAsync(file, SampleCorpus.Article);
        var index = Path.Combine(_folder, "index");

        var piped = await Cli.RunProcessAsync("index", file, "--index", index);

        Assert.Equal(0, piped.ExitCode);
        var summary = Assert.Single(piped.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var characters = SampleCorpus.Article.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches($@"^Indexed 1 file, {characters} characters in \d+\.\d\d s\. The index .+ holds 1 document, [\d,]+ passages\.$", summary);
        Assert.Contains(",", characters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Columns_IsHonouredInAPipe()
    {
        var environment = new Dictionary<string, string> { ["COLUMNS"] = "60" };

        var wrapped = await Cli.RunProcessAsync(environment, "search", "芯片", "出口管制", "--limit", "3");
        var unwrapped = await Cli.RunProcessAsync("search", "芯片", "出口管制", "--limit", "3");

        Assert.Equal(0, wrapped.ExitCode);
        Assert.All(wrapped.Output.Split('\n'), line => Assert.InRange(line.GetCellWidth(), 0, 60));
        Assert.True(wrapped.Output.Split('\n').Length > unwrapped.Output.Split('\n').Length);
    }

    [Fact]
    public async Task AtATerminalWidth_NoLineIsWider_NoHighlightIsSplit_AndNoLineStartsWithClosingPunctuation()
    {
        var result = await Cli.RunAsync("search", "芯片", "出口管制", "--limit", "10");
        var annotated = await Cli.RunAsync("annotate");

        foreach (var line in (result.Output + annotated.Output).Split('\n'))
        {
            Assert.InRange(line.GetCellWidth(), 0, Cli.Width);
            Assert.Equal(line.Count(c => c == '【'), line.Count(c => c == '】'));
            Assert.False(line.Length > 0 && "。，、；：？！）」】”,.;:?!".Contains(line[0], StringComparison.Ordinal), line);
            Assert.DoesNotMatch(@"^\[\d+\]", line); // a note number stays with its term
        }
    }

    [Fact]
    public void NoGoldenFile_HasATrailingSpace()
    {
        var files = Directory.GetFiles(Repository.PathOf("tests", "Glossary.Cli.Tests", "Golden"), "*.verified.txt");

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.DoesNotContain(File.ReadAllLines(file), line => line.EndsWith(' ')));
    }

    [Fact]
    public async Task NoHelpScreen_HasATrailingSpace()
    {
        foreach (var args in new[] { new[] { "--help" } }.Concat(CommandNames.Select(c => new[] { c, "--help" })))
        {
            var result = await Cli.RunAsync(args);

            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain(result.Output.Split('\n'), line => line.EndsWith(' '));
        }
    }

    [Fact]
    public async Task PipedHelp_HasNoTrailingSpace()
    {
        var result = await Cli.RunProcessAsync("term", "--help");

        Assert.Contains("--sort <ORDER>", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Output.Split('\n'), line => line.EndsWith(' '));
    }

    [Fact]
    public void TrailingSpacesAreDropped_ColourCodesKept()
    {
        using var output = new StringWriter();
        using (var writer = new LineTrimmingWriter(output))
        {
            writer.Write("count   \n\u001b[33mterm\u001b[0m   \u001b[0m\nlast  ");
        }

        Assert.Equal("count\n\u001b[33mterm\u001b[0m\u001b[0m\nlast", output.ToString());
    }

    // A hit's text as the tool shows it: every highlight in 【brackets】.
    private static string Bracketed(JsonElement hit)
    {
        var text = hit.GetProperty("text").GetString()!;
        var offset = hit.GetProperty("offset").GetInt32();
        foreach (var h in hit.GetProperty("highlights").EnumerateArray().Reverse())
        {
            var start = h.GetProperty("offset").GetInt32() - offset;
            text = text.Insert(start + h.GetProperty("length").GetInt32(), "】").Insert(start, "【");
        }

        return text;
    }
}
