using System.Text.Json;
using Glossary.Samples;
using Glossary.Terms;
using Glossary.Formats;

namespace Glossary.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("glossary-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TermJson_GrandBargain_Has21OccurrencesFirstAt223_EachMatchingTheArticle()
    {
        var result = await Cli.RunAsync("term", "大买卖", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(21, root.GetProperty("count").GetInt32());
        Assert.Equal("grand bargain", root.GetProperty("entry").GetProperty("glosses")[0].GetString());
        var occurrences = root.GetProperty("occurrences").EnumerateArray().ToList();
        Assert.Equal(21, occurrences.Count);
        Assert.Equal(223, occurrences[0].GetProperty("offset").GetInt32());
        Assert.All(occurrences, o => Assert.Equal(
            o.GetProperty("match").GetString(),
            SampleCorpus.Article.Substring(o.GetProperty("offset").GetInt32(), o.GetProperty("length").GetInt32())));
    }

    [Fact]
    public async Task TermJson_WithLimit_KeepsTheFullCount()
    {
        var result = await Cli.RunAsync("term", "布坎南", "--json", "--limit", "2");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(23, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("occurrences").GetArrayLength());
    }

    [Fact]
    public async Task SearchJson_HighlightsAndTextMapBackToTheArticle()
    {
        var result = await Cli.RunAsync("search", "grand", "bargain", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit =>
        {
            var offset = hit.GetProperty("offset").GetInt32();
            Assert.Equal(hit.GetProperty("text").GetString(), SampleCorpus.Article.Substring(offset, hit.GetProperty("length").GetInt32()));
            Assert.Contains(hit.GetProperty("highlights").EnumerateArray(), h =>
                SampleCorpus.Article.Substring(h.GetProperty("offset").GetInt32(), h.GetProperty("length").GetInt32()) == "大买卖");
        });
    }

    [Fact]
    public async Task IndexThenQuery_InSeparateProcesses_AnswersLikeTheLibrary()
    {
        var texts = Path.Combine(_folder, "texts");
        Directory.CreateDirectory(Path.Combine(texts, "sub"));
        await File.WriteAllTextAsync(Path.Combine(texts, "article.txt"), SampleCorpus.Article);
        await File.WriteAllTextAsync(Path.Combine(texts, "sub", "note.md"), "这份笔记也提到了大买卖和卡脖子。");
        var index = Path.Combine(_folder, "index");

        var first = await Cli.RunProcessAsync("index", texts, "--index", index);
        var again = await Cli.RunProcessAsync("index", texts, "--index", index, "--json");
        var term = await Cli.RunProcessAsync("term", "大买卖", "--index", index, "--json");
        var search = await Cli.RunProcessAsync("search", "卡脖子", "--index", index, "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("2 documents", first.Output, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(again.Output);
        Assert.Equal(2, summary.RootElement.GetProperty("documents").GetInt32()); // indexing twice duplicates nothing

        using var library = CorpusIndex.OpenReadOnly(index, new() { Terms = SampleCorpus.Glossary });
        var expected = library.Lookup("大买卖");
        using var termJson = JsonDocument.Parse(term.Output);
        Assert.Equal(22, expected.Count);
        Assert.Equal(expected.Count, termJson.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(
            expected.Occurrences.Select(o => (o.Document, o.Offset)),
            termJson.RootElement.GetProperty("occurrences").EnumerateArray().Select(o => (o.GetProperty("document").GetString()!, o.GetProperty("offset").GetInt32())));
        using var searchJson = JsonDocument.Parse(search.Output);
        Assert.Equal(
            library.Search("卡脖子").Select(h => (h.Document, h.Offset)),
            searchJson.RootElement.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("document").GetString()!, h.GetProperty("offset").GetInt32())));
    }

    [Fact]
    public async Task MissingFile_IsExitCode1WithOneLine()
    {
        var result = await Cli.RunAsync("annotate", Path.Combine(_folder, "missing.txt"));

        AssertOneLineError(result, "missing.txt");
    }

    [Fact]
    public async Task EmptyFile_IsExitCode1WithOneLine()
    {
        var path = Path.Combine(_folder, "empty.txt");
        await File.WriteAllTextAsync(path, string.Empty);

        AssertOneLineError(await Cli.RunAsync("annotate", path), "empty");
    }

    [Fact]
    public async Task FolderWithoutTextFiles_IsExitCode1WithOneLine()
    {
        var folder = Path.Combine(_folder, "images");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "a.png"), [0x89, 0x50]);

        AssertOneLineError(await Cli.RunAsync("index", folder, "--index", Path.Combine(_folder, "ix")), "no text files");
    }

    [Fact]
    public async Task GlossaryWithAMalformedLine_AnswersButExitsWith1NamingFileAndLine()
    {
        var glossary = Path.Combine(_folder, "mine.tsv");
        await File.WriteAllTextAsync(glossary, "卡脖子\tchokehold\nthis line has no tab\n");

        var result = await Cli.RunAsync("term", "卡脖子", "--glossary", glossary, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "glossary: warning: mine.tsv:2: expected at least two tab-separated columns (term, gloss); found no tab; line skipped",
                $"glossary: warning: 1 problem in {glossary}; 1 entry loaded (use --strict to stop at the first)",
            ],
            result.Error.Trim().Split('\n'));
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(1, json.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task IndexFolderThatIsNotAnIndex_IsExitCode1WithOneLine()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "readme.txt"), "not an index");

        AssertOneLineError(await Cli.RunAsync("term", "卡脖子", "--index", _folder), "holds no index");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("term")]
    [InlineData("term", "卡脖子", "--sort", "sideways")]
    [InlineData("index", "x")]
    public async Task UsageErrors_AreExitCode2(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoOccurrences_IsStillSuccess()
    {
        var result = await Cli.RunAsync("term", "量子计算机");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 occurrences", result.Output, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(Cli.Result result, string mention)
    {
        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("glossary: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(mention, lines[0], StringComparison.Ordinal);
    }
    [Fact]
    public async Task Convert_TsvToTbxToCsv_KeepsEveryEntryAndSaysWhatItWrote()
    {
        var tsv = Glossary.Testing.Repository.PathOf("seeds", "grand-bargain.glossary.tsv");
        var tbx = Path.Combine(_folder, "g.tbx");
        var csv = Path.Combine(_folder, "g.csv");

        var first = await Cli.RunAsync("convert", tsv, tbx);
        var second = await Cli.RunAsync("convert", tbx, csv);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains($"Wrote 113 entries to {tbx}", first.Output, StringComparison.Ordinal);
        var original = GlossaryFile.Load(tsv).Entries;
        var converted = GlossaryFile.Load(csv).Entries;
        Assert.Equal(original.Select(e => (e.Term, string.Join('|', e.Glosses), string.Join('|', e.Variants), e.Note, e.Pinyin)),
            converted.Select(e => (e.Term, string.Join('|', e.Glosses), string.Join('|', e.Variants), e.Note, e.Pinyin)));
    }

    [Fact]
    public async Task Convert_ToTsv_SaysWhatTsvCannotHold()
    {
        var csv = Path.Combine(_folder, "in.csv");
        await File.WriteAllTextAsync(csv, "term,gloss,definition\n卡脖子,chokehold,choke-point leverage\n");

        var result = await Cli.RunAsync("convert", csv, Path.Combine(_folder, "out.tsv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "glossary: note: TSV has no place for definitions (1 entry); use .tbx to keep them\n" +
            "glossary: note: OmegaT before 4 loads only .txt, .tab and .utf8 glossaries: for OmegaT 3, name it out.utf8",
            result.Error.Trim());
    }

    [Fact]
    public async Task Convert_BadLines_WarnWithFileAndLine_WriteTheGoodOnes_AndExit1()
    {
        var cedict = Path.Combine(_folder, "mini.u8");
        await File.WriteAllTextAsync(cedict, "# header\n卡脖子 卡脖子 [qia3 bo2 zi5] /to grab by the throat/\n行 行 /no pinyin/\n");
        var tsv = Path.Combine(_folder, "out.tsv");

        var result = await Cli.RunAsync("convert", cedict, tsv);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("glossary: warning: mini.u8:3: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("[pinyin]", result.Error, StringComparison.Ordinal);
        var entry = GlossaryFile.Load(tsv).Entries.Single();
        Assert.Equal(("卡脖子", "qiǎ bózi"), (entry.Term, entry.Pinyin));
    }

    [Fact]
    public async Task Convert_Strict_StopsAtTheFirstBadLine_AndWritesNothing()
    {
        var input = Path.Combine(_folder, "bad.tsv");
        await File.WriteAllTextAsync(input, "卡脖子\tchokehold\nno tab\n");
        var output = Path.Combine(_folder, "out.tbx");

        var result = await Cli.RunAsync("convert", input, output, "--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("glossary: bad.tsv:2: expected at least two tab-separated columns (term, gloss); found no tab", result.Error.Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Convert_TbxWithAnEntityReference_IsRefusedInOneLine()
    {
        var input = Path.Combine(_folder, "xxe.tbx");
        await File.WriteAllTextAsync(input, """
            <?xml version="1.0"?>
            <!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <martif type="TBX"><text><body><termEntry><langSet xml:lang="zh"><tig><term>&xxe;</term></tig></langSet>
            <langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>
            """);

        var result = await Cli.RunAsync("convert", input, Path.Combine(_folder, "out.tsv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("&xxe;", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Term_WithTheDictionary_ShowsTheGlossaryEntryFirst_ThenTheDictionarys_EachWithItsSource()
    {
        var result = await Cli.RunAsync("term", "卡脖子", "--dictionary", "cedict", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["grand-bargain.glossary.tsv", "CC-CEDICT"], entries.Select(e => e.GetProperty("source").GetString()));
        Assert.Equal("qiǎ bózi", entries[1].GetProperty("pinyin").GetString());
        Assert.Equal("chokehold", json.RootElement.GetProperty("entry").GetProperty("glosses")[0].GetString());
    }

    [Fact]
    public async Task Annotate_WithTheDictionary_GlossesWordsTheGlossaryLacks()
    {
        var without = await Cli.RunWithInputAsync("美国的大买卖", "annotate", "-", "--json");
        var with = await Cli.RunWithInputAsync("美国的大买卖", "annotate", "-", "--json", "--dictionary", "cedict");

        using var a = JsonDocument.Parse(without.Output);
        using var b = JsonDocument.Parse(with.Output);
        Assert.Equal(["大买卖"], a.RootElement.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        var spans = b.RootElement.GetProperty("spans").EnumerateArray().ToList();
        Assert.Equal(["美国", "的", "大买卖"], spans.Select(s => s.GetProperty("text").GetString()));
        Assert.Equal(["CC-CEDICT", "CC-CEDICT", "grand-bargain.glossary.tsv"], spans.Select(s => s.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Dictionary_NeitherCedictNorAFile_IsExitCode1WithOneLine()
    {
        var result = await Cli.RunAsync("term", "卡脖子", "--dictionary", Path.Combine(_folder, "missing.u8"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: {Path.Combine(_folder, "missing.u8")}: no such file (--dictionary takes cedict or a glossary file)", result.Error.Trim());
    }

    [Fact]
    public async Task Glossary_InTbxAndCsv_IsUsedLikeTsv()
    {
        var csv = Path.Combine(_folder, "mine.csv");
        await File.WriteAllTextAsync(csv, "Term,Translation,Status\n卡脖子,stranglehold,preferred\n卡脖子,neck grab,forbidden\n");

        var result = await Cli.RunAsync("term", "卡脖子", "--glossary", csv, "--json");

        using var json = JsonDocument.Parse(result.Output);
        var translations = json.RootElement.GetProperty("entry").GetProperty("translations").EnumerateArray().ToList();
        Assert.Equal(["preferred", "forbidden"], translations.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task BundledArticle_IndexIsCachedOnce_AndTheCachedAnswerIsTheSame()
    {
        var cache = Path.Combine(_folder, "cache");
        var environment = new Dictionary<string, string> { ["GLOSSARY_CACHE"] = cache };

        var first = await Cli.RunProcessAsync(environment, "term", "大买卖", "--json");
        var built = Directory.GetDirectories(cache);
        var second = await Cli.RunProcessAsync(environment, "term", "大买卖", "--json");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.StartsWith("bundled-", Path.GetFileName(Assert.Single(built)), StringComparison.Ordinal);
        Assert.Equal(built, Directory.GetDirectories(cache)); // reused, not rebuilt, and no temporary folder left
        Assert.Equal(first.Output, second.Output);
        Assert.Equal((await Cli.RunAsync("term", "大买卖", "--json")).Output, second.Output);
    }

    [Fact]
    public async Task BundledArticle_CacheFolderUnusable_StillAnswers()
    {
        var notAFolder = Path.Combine(_folder, "file");
        await File.WriteAllTextAsync(notAFolder, "a file where the cache folder would go");

        var result = await Cli.RunProcessAsync(new Dictionary<string, string> { ["GLOSSARY_CACHE"] = notAFolder }, "term", "卡脖子", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(1, json.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Convert_OntoItself_WithSkippedLines_IsRefused_AndTheFileIsUntouched()
    {
        var path = Path.Combine(_folder, "g.tsv");
        const string content = "卡脖子\tchokehold\n大买卖 grand bargain\n";
        await File.WriteAllTextAsync(path, content);

        var result = await Cli.RunAsync("convert", path, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Not converting", result.Error, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Annotate_ADeprecatedVariant_IsMarkedAsSuch()
    {
        var tbx = Path.Combine(_folder, "g.tbx");
        await File.WriteAllTextAsync(tbx, """
            <martif type="TBX"><text><body><termEntry id="c1">
            <langSet xml:lang="zh"><tig><term>大交易</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
            <tig><term>大买卖</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
            <langSet xml:lang="en"><tig><term>grand bargain</term></tig></langSet>
            </termEntry></body></text></martif>
            """);

        var result = await Cli.RunWithInputAsync("大买卖和大交易", "annotate", "-", "--json", "-g", tbx);

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["deprecated", "preferred"], json.RootElement.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task StraySmartCnDataFolderAboveTheApplication_ChangesNothing()
    {
        // SmartCn would load its dictionaries from a "smartcn-data" folder in any folder above the application's.
        var app = Path.Combine(_folder, "app");
        Directory.CreateDirectory(app);
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        }

        var stray = Path.Combine(_folder, "smartcn-data");
        Directory.CreateDirectory(stray);
        await File.WriteAllTextAsync(Path.Combine(stray, "coredict.dct"), "not a dictionary");
        await File.WriteAllTextAsync(Path.Combine(stray, "bigramdict.dct"), "not a dictionary");
        var cache = new Dictionary<string, string> { ["GLOSSARY_CACHE"] = Path.Combine(_folder, "cache") };
        using var process = Cli.Start(cache, Path.Combine(app, "Glossary.Cli.dll"), "search", "芯片", "出口管制", "--json");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal((await Cli.RunAsync("search", "芯片", "出口管制", "--json")).Output, output);
    }

    [Fact]
    public async Task IndexKilledMidway_LeavesWholeDocumentsOnly_AndARerunCompletesWithoutDuplicates()
    {
        // Six batches of 64 files (the command commits once per batch): the kill after the first commit comes with
        // five batches, seconds of work, still to do.
        const int files = 6 * 64;
        var corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        for (var i = 0; i < files; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(corpus, $"{i:D3}.txt"), SampleCorpus.Article);
        }

        var index = Path.Combine(_folder, "index");
        bool runningWhenKilled;
        string output;
        using (var process = Cli.Start("index", corpus, "--index", index))
        {
            // Kill it once it writes its first batch's commit (segments_2; segments_1 is the new index's empty commit),
            // perhaps in the middle of writing it: wherever it stops, the index must open at a complete commit.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline && !(Directory.Exists(index) && Directory.EnumerateFiles(index, "segments_*").Any(f => !f.EndsWith("segments_1", StringComparison.Ordinal))))
            {
                await Task.Delay(20);
            }

            runningWhenKilled = !process.HasExited;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            output = await stdout;
        }

        Assert.True(runningWhenKilled, "the indexer had finished before it could be killed");
        Assert.DoesNotContain("Indexed", output, StringComparison.Ordinal); // it never reached its summary
        var perDocument = SampleCorpus.Article.Split("大买卖").Length - 1;
        using (var partial = CorpusIndex.OpenReadOnly(index))
        {
            var keys = partial.GetDocumentKeys();
            Assert.True(keys.Count < files, $"the partial index holds all {files} documents: the kill came too late to prove anything");
            Assert.All(keys, key => Assert.Equal(SampleCorpus.Article, partial.GetDocumentText(key)));
            Assert.Equal(keys.Count * perDocument, partial.Lookup("大买卖").Count); // every passage of each document, no more
        }

        var rerun = await Cli.RunProcessAsync("index", corpus, "--index", index, "--json");

        Assert.Equal(0, rerun.ExitCode);
        using var complete = CorpusIndex.OpenReadOnly(index);
        Assert.Equal(files, complete.GetDocumentKeys().Count);
        Assert.Equal(files * perDocument, complete.Lookup("大买卖").Count);
    }

    [Fact]
    public async Task Annotate_Gb18030File_IsDetected_SaidOnStderr_AndAnnotatedLikeUtf8()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var utf8 = Path.Combine(_folder, "a.txt");
        var gb = Path.Combine(_folder, "b.txt");
        await File.WriteAllTextAsync(utf8, SampleCorpus.Article);
        await File.WriteAllBytesAsync(gb, System.Text.Encoding.GetEncoding(54936).GetBytes(SampleCorpus.Article));

        var fromUtf8 = await Cli.RunAsync("annotate", utf8, "--json");
        var fromGb = await Cli.RunAsync("annotate", gb, "--json");
        var forced = await Cli.RunAsync("annotate", gb, "--json", "--encoding", "utf-8");

        Assert.Equal((0, 0), (fromUtf8.ExitCode, fromGb.ExitCode));
        Assert.Equal(fromUtf8.Output, fromGb.Output);
        Assert.Equal($"glossary: note: {gb} read as gb18030", fromGb.Error.Trim());
        Assert.Equal(1, forced.ExitCode);
        Assert.Contains("not valid utf-8", forced.Error, StringComparison.Ordinal);
        Assert.Contains("byte offset", forced.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileOneProcessIndexes_ASecondWriterGetsOneClearLine_AndReadersStillAnswer()
    {
        var corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        // 600 copies of the article, 8.5 MB: three batches of about 3 MB, each its own commit.
        for (var i = 0; i < 600; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(corpus, $"{i:D3}.txt"), SampleCorpus.Article);
        }

        var index = Path.Combine(_folder, "index");
        var first = await Cli.RunProcessAsync("index", Path.Combine(corpus, "000.txt"), "--index", index);
        Assert.Equal(0, first.ExitCode);

        var before = Directory.GetFiles(index, "segments_*");
        using var writer = Cli.Start("index", corpus, "--index", index);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        // A new commit means the writer holds the index (and has batches to go): then the others start.
        while (!writer.HasExited && DateTime.UtcNow < deadline && Directory.GetFiles(index, "segments_*").SequenceEqual(before))
        {
            await Task.Delay(20);
        }

        var second = writer.HasExited ? null : await Cli.RunProcessAsync("index", Path.Combine(corpus, "001.txt"), "--index", index);
        var reader = writer.HasExited ? null : await Cli.RunProcessAsync("term", "大买卖", "--index", index, "--json");
        await writer.WaitForExitAsync();

        Assert.Equal(0, writer.ExitCode);
        Assert.NotNull(second); // the writer was still running when the others started
        Assert.Equal(1, second.ExitCode);
        Assert.Single(second.Error.Trim().Split('\n'));
        Assert.Contains("in use by another process", second.Error, StringComparison.Ordinal);
        Assert.Equal(0, reader!.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(reader.Output);
        Assert.True(json.RootElement.GetProperty("count").GetInt32() >= 21); // at least the committed first document
    }

    [Fact]
    public async Task IndexALargeFile_StreamsIt_InAManagedHeapOfAFifthOfTheFileSize()
    {
        // 12 MB of numbered lines; the child's managed heap is capped at 64 MB. Reading the file whole (bytes, text
        // and one atomic block of its passages) ran out of memory under this cap; streamed, it indexes.
        var lines = SampleCorpus.Article.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = new System.Text.StringBuilder();
        for (var n = 0; text.Length < 4_400_000; n++)
        {
            text.Append(n).Append(' ').Append(lines[n % lines.Length]).Append('\n');
        }

        var file = Path.Combine(_folder, "large.txt");
        await File.WriteAllTextAsync(file, text.ToString());
        Assert.InRange(new FileInfo(file).Length, 12_000_000, 13_500_000);
        var index = Path.Combine(_folder, "index");

        // Two cores, as measured: each core analyses a block at a time, so a many-core machine holds more at once.
        var environment = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x4000000", ["DOTNET_PROCESSOR_COUNT"] = "2" };
        var result = await Cli.RunProcessAsync(environment, "index", file, "--index", index, "--json");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        using var read = CorpusIndex.OpenReadOnly(index);
        Assert.Equal(text.ToString(), read.GetDocumentText(file));
        Assert.Equal(text.ToString().Split("大买卖").Length - 1, read.Lookup("大买卖").Count);
    }

    [Fact]
    public async Task IndexALargeFile_WithABadByteNearItsEnd_IsOneLineNamingTheOffset_AndKeepsThePreviousVersion()
    {
        var file = Path.Combine(_folder, "large.txt");
        var text = string.Concat(Enumerable.Repeat(SampleCorpus.Article + "\n", 250));
        await File.WriteAllTextAsync(file, SampleCorpus.Article);
        var index = Path.Combine(_folder, "index");
        Assert.Equal(0, (await Cli.RunProcessAsync("index", file, "--index", index)).ExitCode);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var at = bytes.Length - 100;
        while ((bytes[at] & 0xC0) == 0x80)
        {
            at++; // at a character's first byte
        }

        bytes[at] = 0xFF;
        await File.WriteAllBytesAsync(file, bytes);

        var result = await Cli.RunProcessAsync("index", file, "--index", index);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: skipped {file}: not valid utf-8: undecodable bytes at byte offset {at}", result.Error.Trim());
        using var read = CorpusIndex.OpenReadOnly(index);
        Assert.Equal(SampleCorpus.Article, read.GetDocumentText(file));
    }

    [Fact]
    public async Task Search_AQueryLongerThan256Characters_IsExitCode1WithOneLine()
    {
        var query = string.Concat(Enumerable.Repeat("大买卖 AND (卡脖子) ", 20));

        var result = await Cli.RunAsync("search", query);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"glossary: The query is {query.Length} characters long; a search takes at most 256. Search for a phrase of it, or look up a term.", result.Error.Trim());
    }

    [Fact]
    public async Task AnnotateJson_TheArticle_HasASpinVerdict_AndEverySubstitutionMapsBack()
    {
        var result = await Cli.RunAsync("annotate", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var spin = json.RootElement.GetProperty("spin");
        Assert.Equal("spun", spin.GetProperty("verdict").GetString());
        Assert.True(spin.GetProperty("score").GetDouble() > 10);
        Assert.Contains(spin.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("form").GetString() == "可以或许" && e.GetProperty("count").GetInt32() == 9);
        var substitutions = spin.GetProperty("substitutions").EnumerateArray().ToList();
        Assert.All(substitutions, s => Assert.Equal(s.GetProperty("spun").GetString(),
            SampleCorpus.Article.Substring(s.GetProperty("offset").GetInt32(), s.GetProperty("length").GetInt32())));
        var craft = substitutions.First(s => s.GetProperty("spun").GetString() == "手艺");
        Assert.Equal(("技术", "real word", "verified", "technology"), (craft.GetProperty("original").GetString(), craft.GetProperty("kind").GetString(),
            craft.GetProperty("confidence").GetString(), craft.GetProperty("gloss").GetString()!.Split("; ")[0]));
        Assert.Equal(7, substitutions.Count(s => s.GetProperty("spun").GetString() == "劣势" && s.GetProperty("kind").GetString() == "inversion"));
        Assert.Contains(spin.GetProperty("gaps").EnumerateArray(), g => SampleCorpus.Article.Substring(g.GetProperty("offset").GetInt32() - 1, 3) == "更的是");
    }

    [Fact]
    public async Task RestoreJson_TheArticle_ReplacementsMapBackToBothTexts()
    {
        var result = await Cli.RunAsync("restore", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var text = json.RootElement.GetProperty("text").GetString()!;
        var replacements = json.RootElement.GetProperty("replacements").EnumerateArray().ToList();
        Assert.Equal("spun", json.RootElement.GetProperty("verdict").GetString());
        Assert.NotEmpty(replacements);
        Assert.All(replacements, r =>
        {
            Assert.Equal(r.GetProperty("original").GetString(), text.Substring(r.GetProperty("offset").GetInt32(), r.GetProperty("length").GetInt32()));
            Assert.Equal(r.GetProperty("spun").GetString(), SampleCorpus.Article.Substring(r.GetProperty("writtenOffset").GetInt32(), r.GetProperty("writtenLength").GetInt32()));
        });
        Assert.DoesNotContain("正正在", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_ACleanFile_ChangesNothing_AndSaysSo()
    {
        var file = Path.Combine(_folder, "clean.txt");
        await File.WriteAllTextAsync(file, "我们正在研究这项技术，它的优势很明显。\n");

        var result = await Cli.RunAsync("restore", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("reads as clean", result.Output, StringComparison.Ordinal);
        Assert.Contains("我们正在研究这项技术，它的优势很明显。", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TermJson_AnOriginalForm_ListsItsSpunOccurrences_WithTheFormAsWritten()
    {
        var result = await Cli.RunAsync("term", "技术", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(23, json.RootElement.GetProperty("count").GetInt32());
        Assert.All(json.RootElement.GetProperty("occurrences").EnumerateArray(), o =>
            Assert.Equal(("手艺", "技术"), (o.GetProperty("match").GetString(), o.GetProperty("spunFormOf").GetString())));
    }

    [Fact]
    public async Task Annotate_WithABadSpinPairsFile_WarnsWithFileAndLine_AndExits1()
    {
        var pairs = Path.Combine(_folder, "pairs.tsv");
        await File.WriteAllTextAsync(pairs, "手艺\t工艺\treal word\tverified\n坏行\n");

        var result = await Cli.RunAsync("annotate", "--json", "--spin-pairs", pairs);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"glossary: warning: {pairs}:2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("\"original\": \"工艺\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotate_TheArticleWithTheDictionary_MarksGapsInsideDictionaryWords()
    {
        // 从来不是的: the dictionary matches 从来不 and 是的, and the missing word sits between 是 and 的.
        var result = await Cli.RunAsync("annotate", "--dictionary", "cedict");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains("a word seems missing between 是 and 的", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADamagedIndex_IsExitCode1WithOneLineSayingReindex()
    {
        var file = Path.Combine(_folder, "a.txt");
        await File.WriteAllTextAsync(file, SampleCorpus.Article);
        var index = Path.Combine(_folder, "index");
        Assert.Equal(0, (await Cli.RunAsync("index", file, "--index", index)).ExitCode);
        foreach (var part in Directory.GetFiles(index).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            var bytes = await File.ReadAllBytesAsync(part);
            await File.WriteAllBytesAsync(part, bytes[..(bytes.Length / 2)]);
        }

        var result = await Cli.RunAsync("term", "大买卖", "--index", index);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.EndsWith("Re-index the documents into a new folder.", result.Error.Trim(), StringComparison.Ordinal);
    }
}
