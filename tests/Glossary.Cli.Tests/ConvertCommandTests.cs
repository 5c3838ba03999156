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
    public async Task ATsvWithComments_ToCsv_SaysTheCommentsAreLost()
    {
        var tsv = Path.Combine(_folder, "mine.tsv");
        await File.WriteAllTextAsync(tsv, "# reviewed\n# by the team\n卡脖子\tchokehold\n");

        var result = await Cli.RunAsync("convert", tsv, Path.Combine(_folder, "mine.csv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("CSV has no place for comments (2 lines)", result.Error, StringComparison.Ordinal);
    }
}
