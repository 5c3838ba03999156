using System.Reflection;
using System.Text.RegularExpressions;
using Glossary.Formats;
using Glossary.Querying;
using Glossary.Terms;
using Glossary.Testing;

namespace Glossary.Tests;

// The README's API example and the sample are what a newcomer runs first: both run here, and the README's code
// block must be, line for line, the code below.
[Collection(nameof(ConsoleTests))]
public sealed partial class ReadmeTests
{
    [Fact]
    public async Task ReadmeExample_RunsAndAnswersAsDocumented()
    {
        Directory.SetCurrentDirectory(Repository.Root);

        // README:begin
        var terms = GlossaryFile.Load("seeds/grand-bargain.glossary.tsv");
        using var index = CorpusIndex.InMemory(new() { Terms = terms });  // or CorpusIndex.Open("./my-index", new() { Terms = terms })
        await index.AddDocumentAsync("grand-bargain", File.ReadAllText("seeds/grand-bargain.txt"));

        TermReport report = index.Lookup("卡脖子");              // chokehold: 1 occurrence, at offset 4488
        SearchResults hits = index.Search("grand bargain");     // the best passages (with 大买卖), highlighted; hits.Total
        IReadOnlyList<TermSpan> spans = terms.Annotate("美国的大买卖");  // 大买卖 → grand bargain, at offset 3
        // README:end

        Assert.Equal(["chokehold"], report.Entry!.Glosses);
        Assert.Equal(4488, Assert.Single(report.Occurrences).Offset);
        Assert.Contains("大买卖", hits[0].Text, StringComparison.Ordinal);
        Assert.Equal((3, "grand bargain"), (spans.Single().Offset, spans.Single().Entry.Glosses[0]));
    }

    [Fact]
    public void ReadmeExample_IsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var block = CSharpBlock().Match(readme).Groups["code"].Value;

        var source = File.ReadAllLines(Repository.PathOf("tests", "Glossary.Tests", "ReadmeTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README:begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README:end");
        var code = source[(begin + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.Trim());

        Assert.Equal(string.Join('\n', code).Trim(), block.Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
    }

    [Theory]
    [InlineData("卡脖子", "【卡脖子】", "卡脖子 — chokehold")]
    [InlineData("grand bargain", "【大买卖】", "大买卖 — grand bargain")]
    [InlineData("芯片 出口管制", "【芯片出口管制】", "出口管制 — export controls")]
    public void Sample_PrintsHighlightedPassagesWithGlossedTerms(string query, string highlighted, string glossed)
    {
        var output = RunSample(query.Split(' '));

        Assert.Contains(highlighted, output, StringComparison.Ordinal);
        Assert.Contains(glossed, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_QueryWithNoHits_SuggestsWhatToTry()
    {
        var output = RunSample(["。"]);

        Assert.Contains("0 passage(s)", output, StringComparison.Ordinal);
        Assert.Contains("Try", output, StringComparison.Ordinal);
    }

    private static string RunSample(string[] args)
    {
        var entryPoint = Assembly.Load("PassageSearch").EntryPoint!;
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            entryPoint.Invoke(null, [args]);
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    [GeneratedRegex("```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}

/// <summary>Tests that redirect the process-wide console run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleTests), DisableParallelization = true)]
public sealed class ConsoleTests;
