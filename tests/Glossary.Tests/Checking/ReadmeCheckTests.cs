using System.Text.RegularExpressions;
using Glossary.Bilingual;
using Glossary.Checking;
using Glossary.Formats;
using Glossary.Testing;

namespace Glossary.Tests.Checking;

// The README's checking example runs here, and its code block must be, line for line, the code below.
[Collection(nameof(ConsoleTests))]
public sealed partial class ReadmeCheckTests
{
    [Fact]
    public void ReadmeCheckExample_FindsWhatItSays()
    {
        Directory.SetCurrentDirectory(Repository.Root);

        // README-check:begin
        var glossary = GlossaryFile.Load("seeds/check/terms.tsv");
        var checker = new TerminologyChecker(glossary);  // options: CheckOptions.Default with { IncludeNeedsReview = true }
        BilingualDocument document = BilingualFile.Load("seeds/check/project.tmx");
        List<CheckFinding> findings = checker.Check(document).ToList();
        // ui.open 文件 missing (expected file), net.3 服务器 forbidden (servo), stats 积分 missing: without a boundary
        // dictionary (new TerminologyChecker(glossary, boundaries: cedict)) nothing splits 累积|分布; net.2 inconsistent
        // README-check:end

        Assert.Equal(
            [("ui.open", CheckKind.Missing, "文件"), ("net.3", CheckKind.Forbidden, "服务器"), ("stats", CheckKind.Missing, "积分"), ("net.2", CheckKind.Inconsistent, "服务器")],
            findings.Select(f => (f.Unit, f.Check, f.Term)));
        Assert.Equal("servo", findings[1].Found);
    }

    [Fact]
    public void ReadmeCheckExample_IsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var block = CSharpBlocks().Matches(readme).Select(m => m.Groups["code"].Value).Single(b => b.Contains("TerminologyChecker", StringComparison.Ordinal));

        var source = File.ReadAllLines(Repository.PathOf("tests", "Glossary.Tests", "Checking", "ReadmeCheckTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README-check:begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README-check:end");
        var code = source[(begin + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.Trim());

        Assert.Equal(string.Join('\n', code).Trim(), block.Trim());
    }

    [GeneratedRegex("```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlocks();
}
