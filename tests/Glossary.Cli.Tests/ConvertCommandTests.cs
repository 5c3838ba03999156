using System.Text;

namespace Glossary.Cli.Tests;

// `glossary convert` on files as translators' tools write them: memoQ's CSV export, and a TSV with comments.
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-convert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AMemoQCsvExport_WithLanguageNamedColumns_IsConverted()
    {
        // The shape memoQ exports a term base in: entry fields, then a column per language (and a definition column).
        var export = Path.Combine(_folder, "export.csv");
        await File.WriteAllTextAsync(export,
            "Entry_ID,Entry_Note,Chinese (PRC),Chinese (PRC)_Def,English (United States),English (United States)_Def\n" +
            "1,from the article,卡脖子,,chokehold,control of a supply\n" +
            "2,,大买卖,,grand bargain,\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var output = Path.Combine(_folder, "out.tsv");

        var result = await Cli.RunAsync("convert", export, output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Wrote 2 entries", result.Output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["卡脖子\tchokehold\tfrom the article", "大买卖\tgrand bargain"], lines);
    }

    [Fact]
    public async Task ATsvOntoItself_WithForce_KeepsItsComments()
    {
        var tsv = Path.Combine(_folder, "mine.tsv");
        await File.WriteAllTextAsync(tsv, "# my project's terms, reviewed 2026-11\n卡脖子\tchokehold\n");

        var result = await Cli.RunAsync("convert", tsv, tsv, "--force");

        Assert.True(result.ExitCode == 0, result.Error);
        var text = await File.ReadAllTextAsync(tsv);
        Assert.Contains("# my project's terms, reviewed 2026-11\n", text, StringComparison.Ordinal);
        Assert.Contains("卡脖子\tchokehold", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATsvWithComments_ToTheFullCsvLayout_SaysTheCommentsAreLost()
    {
        var tsv = Path.Combine(_folder, "mine.tsv");
        await File.WriteAllTextAsync(tsv, "# reviewed\n# by the team\n卡脖子\tchokehold\n");

        var result = await Cli.RunAsync("convert", tsv, Path.Combine(_folder, "mine.csv"), "--csv", "full");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("CSV has no place for comments (2 lines)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATsvWithComments_ToCsv_IsWrittenInOmegaTsLayout_WithTheComments()
    {
        var tsv = Path.Combine(_folder, "mine.tsv");
        await File.WriteAllTextAsync(tsv, "# term\tgloss\tnote\tvariants\tpinyin\n# reviewed\n卡脖子\tchokehold\tlit. 'grab by the neck'\t\tqiǎ bózi\n");
        var csv = Path.Combine(_folder, "mine.csv");

        var result = await Cli.RunAsync("convert", tsv, csv);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("comments", result.Error, StringComparison.Ordinal);
        Assert.Equal(["# term,translation,comment", "# reviewed", "卡脖子,chokehold,pinyin: qiǎ bózi; note: lit. 'grab by the neck'"], await File.ReadAllLinesAsync(csv));
    }

    [Theory]
    [InlineData("out.tsv", true)]
    [InlineData("out.utf8", false)]
    [InlineData("out.csv", false)]
    public async Task Convert_ToADotTsvFile_NotesThatOmegaT3LoadsOtherNames(string output, bool noted)
    {
        var tsv = Path.Combine(_folder, "in.tab");
        await File.WriteAllTextAsync(tsv, "卡脖子\tchokehold\n");

        var result = await Cli.RunAsync("convert", tsv, Path.Combine(_folder, output));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(noted, result.Error.Contains("glossary: note: OmegaT before 4 loads only .txt, .tab and .utf8 glossaries: for OmegaT 3, name it out.utf8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("out.tbx", "glossary: --csv chooses the columns of a CSV output, and {out} is not written as CSV (see glossary convert --help)")]
    [InlineData("out.csv", "glossary: --csv must be omegat, memoq or full (got excel) (see glossary convert --help)")]
    public async Task Convert_CsvLayoutMisused_IsAUsageError(string output, string message)
    {
        var tsv = Path.Combine(_folder, "in.tab");
        await File.WriteAllTextAsync(tsv, "卡脖子\tchokehold\n");
        var target = Path.Combine(_folder, output);

        var result = await Cli.RunAsync("convert", tsv, target, "--csv", output.EndsWith(".csv", StringComparison.Ordinal) ? "excel" : "full");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message.Replace("{out}", target, StringComparison.Ordinal), result.Error.Trim());
    }
}
