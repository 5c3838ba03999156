using Glossary.Formats;
using Glossary.Terms;
using Glossary.Testing;
using Entry = Glossary.Interop.Tests.OmegaTProbe.Entry;

namespace Glossary.Interop.Tests;

// The bundled glossary, converted by `glossary convert` into every format and layout it writes, read by OmegaT 3.6's
// own readers. The oracle is the bundled glossary as this library reads it: every entry, gloss and comment OmegaT
// holds is compared with what it should hold, in order, so a lost note or a header row read as an entry fails.
[Collection(OmegaTTests.Name)]
public sealed class OmegaTReadsWhatWeWriteTests(OmegaTProbe omegaT) : IDisposable
{
    private static readonly string Bundled = Repository.PathOf("seeds", "grand-bargain.glossary.tsv");
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-omegat-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IReadOnlyList<TermEntry> Oracle => GlossaryFile.Load(Bundled).Entries;

    [Theory]
    [InlineData(".utf8")]
    [InlineData(".txt")]
    [InlineData(".tab")]
    public async Task Tsv_NamedAsOmegaT3Loads_EveryEntryGlossAndNote(string extension)
    {
        var file = Path.Combine(_folder, "glossary" + extension);
        await Tool.ConvertAsync(Bundled, file, "--to", "tsv");

        var read = await omegaT.ReadAsync("tsv", file);

        // One line per gloss; the entry's note is the comment of its first line, as the TSV writer puts it.
        var expected = Oracle.SelectMany(e => e.Glosses.Select((g, i) => new Entry(e.Term, g, i == 0 ? e.Note ?? string.Empty : string.Empty)));
        Assert.NotNull(read);
        Assert.Equal(expected, read);
        Assert.Equal(113, read.Select(r => r.Source).Distinct().Count());
    }

    [Fact]
    public async Task Tsv_NamedDotTsv_IsNotLoadedByOmegaT3_AndConvertSaysSo()
    {
        var tbx = Path.Combine(_folder, "glossary.tbx");
        var file = Path.Combine(_folder, "glossary.tsv");
        await Tool.ConvertAsync(Bundled, tbx);
        var converted = await Tool.ConvertAsync(tbx, file);

        var read = await omegaT.ReadAsync("tsv", file);

        Assert.Null(read); // GlossaryReaderTSV declines the name, and the glossary pane stays empty without a word
        Assert.Contains("glossary: note: OmegaT before 4 loads only .txt, .tab and .utf8 glossaries: for OmegaT 3, name it glossary.utf8",
            converted.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_DefaultLayout_IsOmegaTs_EveryEntryWithPinyinVariantsAndNoteInTheComment()
    {
        var file = Path.Combine(_folder, "glossary.csv");
        await Tool.ConvertAsync(Bundled, file);

        var read = await omegaT.ReadAsync("csv", file);

        var expected = Oracle.SelectMany(e => e.Glosses.Select((g, i) => new Entry(e.Term, g, i == 0 ? FoldedComment(e) : string.Empty)));
        Assert.NotNull(read);
        Assert.Equal(expected, read); // no header row among them: the file's first line is a '#' line OmegaT skips
        Assert.All(Oracle.Where(e => e.Note is not null), e => Assert.Contains(e.Note!, read.First(r => r.Source == e.Term).Comment, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_FullLayout_OmegaTReadsItsHeaderAsAnEntryAndThePinyinAsTheComment()
    {
        var file = Path.Combine(_folder, "glossary.csv");
        await Tool.ConvertAsync(Bundled, file, "--csv", "full");

        var read = await omegaT.ReadAsync("csv", file);

        // What docs/formats.md says of this layout in OmegaT: a junk first entry, and no note.
        var expected = Oracle.SelectMany(e => e.Glosses.Select((g, i) => new Entry(e.Term, g, i == 0 ? e.Pinyin ?? string.Empty : string.Empty)));
        Assert.NotNull(read);
        Assert.Equal([new Entry("term", "gloss", "pinyin"), .. expected], read);
    }

    [Fact]
    public async Task Csv_MemoQLayout_OmegaTFindsNoTermOfTheGlossary()
    {
        var file = Path.Combine(_folder, "glossary.csv");
        await Tool.ConvertAsync(Bundled, file, "--csv", "memoq");

        var read = await omegaT.ReadAsync("csv", file);

        // memoQ's layout starts with Entry_Note: OmegaT takes the header and each note for a term. It is for memoQ.
        Assert.NotNull(read);
        Assert.Equal(new Entry("Entry_Note", "Chinese (PRC)", "Chinese (PRC)"), read[0]);
        var terms = Oracle.SelectMany(e => e.Forms.Select(f => f.Text)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(read, r => terms.Contains(r.Source) && r.Target.Length > 0 && Oracle.Any(e => e.Term == r.Source && e.Glosses.Contains(r.Target)));
    }

    [Fact]
    public async Task Tbx_OmegaTReadsEveryFormWithEveryGlossAndTheNote()
    {
        var file = Path.Combine(_folder, "glossary.tbx");
        await Tool.ConvertAsync(Bundled, file);

        var read = await omegaT.ReadAsync("tbx", file);

        // Each Chinese form (headword, then variants) is a source term of its own, with each gloss; the comment is
        // the concept's note. The bundled glossary has no definitions or statuses, which OmegaT would add to it.
        Assert.DoesNotContain(Oracle, e => e.Definition is not null || e.Translations.Any(t => t.Status != TermStatus.Unspecified));
        var expected = Oracle.SelectMany(e => e.Forms.SelectMany(f => e.Glosses.Select(g => new Entry(f.Text, g, e.Note ?? string.Empty))));
        Assert.NotNull(read);
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task AwkwardEntries_InOmegaTsCsvLayoutAndInTsv_ReachOmegaTWhole()
    {
        // A term starting with '#' (OmegaT skips such lines), glosses with statuses, a note with commas, quotes and a
        // line break, written to TBX by the library and converted by the tool as a translator would.
        var tbx = Path.Combine(_folder, "awkward.tbx");
        GlossaryFile.Save(new TermBase(
        [
            new TermEntry([new Designation("#MeToo")], [new Designation("MeToo movement")]) { Note = "a hashtag" },
            new TermEntry([new Designation("服务器")], [new Designation("server") { Status = TermStatus.Preferred }, new Designation("servo") { Status = TermStatus.Forbidden }])
            {
                Pinyin = "fúwùqì", Note = "say \"server\", not \"servo\",\nin every manual",
            },
        ]), tbx);
        var csv = Path.Combine(_folder, "awkward.csv");
        var utf8 = Path.Combine(_folder, "awkward.utf8");
        await Tool.ConvertAsync(tbx, csv);
        var toTsv = await Tool.ConvertAsync(tbx, utf8, "--to", "tsv");

        var fromCsv = await omegaT.ReadAsync("csv", csv);
        var fromTsv = await omegaT.ReadAsync("tsv", utf8);

        Assert.Equal(
        [
            new Entry("#MeToo", "MeToo movement", "a hashtag"),
            new Entry("服务器", "server", "pinyin: fúwùqì; status: preferred; note: say \"server\", not \"servo\", in every manual"),
            new Entry("服务器", "servo", "status: forbidden"),
        ], fromCsv);
        Assert.Equal(
        [
            new Entry("服务器", "server", "say \"server\", not \"servo\", in every manual"),
            new Entry("服务器", "servo", string.Empty),
        ], fromTsv); // a TSV line starting with '#' is a comment to OmegaT and to us alike: TSV cannot hold #MeToo,
        Assert.Contains("TSV has no place for terms that start with '#' (1 entry)", toTsv.Error, StringComparison.Ordinal); // and says so
    }

    // OmegaT's layout folds what it has no column for into the comment, labelled, the note last.
    internal static string FoldedComment(TermEntry entry)
    {
        var parts = new List<string>();
        if (entry.Pinyin is { } pinyin)
        {
            parts.Add($"pinyin: {pinyin}");
        }

        if (entry.Variants.Count > 0)
        {
            parts.Add($"variants: {string.Join('|', entry.Variants)}");
        }

        if (entry.Note is { } note)
        {
            parts.Add(parts.Count > 0 ? $"note: {note}" : note);
        }

        return string.Join("; ", parts);
    }
}
