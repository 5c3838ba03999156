using System.ComponentModel;
using System.Diagnostics;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Settings;
using Glossary.Cli.Views;
using Glossary.Errors;
using Glossary.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

// Documents are keyed by their full path, so indexing a file again replaces it: running the command twice, or again
// after an interrupted run, never duplicates anything. Files go to the index in batches (analysed on every core,
// one commit per batch): a commit per small file cost three quarters of the time, and an interrupted run loses at
// most the batch in progress. A file that cannot be read is skipped with one line on stderr, and the run goes on
// (exit 1 at the end); --strict stops at the first, keeping what was committed.
internal sealed class IndexCommand : ViewCommand<IndexCommand.Settings, IndexView>
{
    public sealed class Settings : DocumentSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Text files, bilingual files (.tmx, .xlf/.xliff, .po/.pot, aligned .tsv) and folders to index; folders are searched for .txt, .md, .text, .tmx, .xlf, .xliff, .po and .pot files. UTF-8, UTF-16, GB18030/GBK and Big5 are detected.")]
        public string[] Paths { get; set; } = [];

        [CommandOption("--index <DIR>")]
        [Description("The index folder: new, empty, or an index already (created if missing; a folder of other files is refused).")]
        public string? Index { get; set; }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            return string.IsNullOrWhiteSpace(Index) ? throw new UsageException("--index <DIR> is required: where should the index go?") : result;
        }
    }

    // Batches of about a million characters (3 MB of UTF-8) or 64 files: large enough that commits cost little,
    // small enough that the progress bar moves and an interrupted run loses little. A large file is a batch alone,
    // and so is a bilingual file.
    private const long LargeFile = 3_000_000;

    protected override async Task<IndexView> BuildAsync(Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var spinTable = SpinText.Table(settings, environment);
        var run = new Run(settings, environment);
        var (files, problems) = TextFiles.Expand(settings.Paths);
        if (files.Count == 0)
        {
            throw new GlossaryException(string.Join("; ", problems.Select(p => $"{p.Path}: {p.Reason}")) + "; nothing to index");
        }

        // The folder is checked first (the library refuses a file, or a folder of other things than an index).
        using var index = CorpusIndex.Open(settings.Index!, new CorpusIndexOptions { SpinTable = spinTable });
        foreach (var (path, reason) in problems)
        {
            run.Skip(path, reason);
        }

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                sizes[file] = new FileInfo(file).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                run.Skip(file, Inputs.Reason(e, file));
            }
        }

        var readable = files.Where(sizes.ContainsKey).ToList();
        var clock = Stopwatch.StartNew();
        if (environment.Interactive && !settings.Json)
        {
            var total = Math.Max(1, sizes.Values.Sum());
            await environment.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("indexing", maxValue: total);
                    await run.IndexAsync(index, readable, sizes, (file, done) =>
                    {
                        task.Value = done;
                        var rate = run.Characters / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                        task.Description = $"{Markup.Escape(Path.GetFileName(file))} · {Numbers.Format(run.Characters)} chars · {Numbers.Format((long)rate)} chars/s";
                    }, cancellationToken);
                });
        }
        else
        {
            await run.IndexAsync(index, readable, sizes, null, cancellationToken);
        }

        return new IndexView(settings.Index!, run.Indexed, run.Characters, clock.Elapsed.TotalSeconds, index.GetDocumentKeys().Count, index.PassageCount,
            run.Encodings, run.Skipped);
    }

    protected override object ToJson(IndexView view) => JsonShapes.Index(view);

    protected override void WriteText(IAnsiConsole console, IndexView view) => IndexText.Write(console, view);

    // One run's reading and counting: files indexed, characters, the encodings other than UTF-8, files skipped.
    private sealed class Run(Settings settings, CliEnvironment environment)
    {
        private long _characters;

        public int Indexed { get; private set; }

        public long Characters => Interlocked.Read(ref _characters);

        public int Skipped { get; private set; }

        public SortedDictionary<string, int> Encodings { get; } = new(StringComparer.Ordinal);

        /// <summary>Says on stderr that a file is skipped and why; with --strict, stops the run instead.</summary>
        public void Skip(string path, string reason)
        {
            if (settings.Strict)
            {
                throw new GlossaryException($"{path}: {reason}");
            }

            environment.Error.WriteLine($"glossary: skipped {path}: {reason}");
            environment.Warnings++;
            Skipped++;
        }

        public async Task IndexAsync(CorpusIndex index, List<string> files, Dictionary<string, long> sizes, Action<string, double>? report,
            CancellationToken cancellationToken)
        {
            long done = 0;
            foreach (var batch in Batches(files, sizes))
            {
                report?.Invoke(batch[0], done);
                if (TextFiles.IsBilingual(batch[0]))
                {
                    await AddBilingualAsync(index, batch[0], cancellationToken);
                }
                else if (sizes[batch[0]] >= LargeFile)
                {
                    await StreamAsync(index, batch[0], done, report, cancellationToken);
                }
                else
                {
                    var texts = new List<(string Key, string Text)>(batch.Count);
                    foreach (var file in batch)
                    {
                        if (await ReadAsync(file, cancellationToken) is { } text)
                        {
                            texts.Add((file, text));
                        }
                    }

                    await index.AddDocumentsAsync(texts, cancellationToken: cancellationToken);
                    Indexed += texts.Count;
                    Interlocked.Add(ref _characters, texts.Sum(t => (long)t.Text.Length));
                }

                done += batch.Sum(f => sizes[f]);
                report?.Invoke(batch[^1], done);
            }
        }

        // A large file streams through the index a block at a time: memory holds blocks, not the file. If it fails
        // midway, the library keeps the previous version of the document.
        private async Task StreamAsync(CorpusIndex index, string file, long start, Action<string, double>? report, CancellationToken cancellationToken)
        {
            var before = Characters;
            try
            {
                using var reader = await DocumentReader.OpenAsync(file, settings.TextEncoding, cancellationToken);
                var progress = new Reported(n =>
                {
                    Interlocked.Add(ref _characters, n);
                    report?.Invoke(file, start + reader.BytesRead);
                });
                await index.AddDocumentFromReaderAsync(file, reader, progress, cancellationToken);
                Count(reader.Encoding);
                Indexed++;
            }
            catch (Exception e) when (e is GlossaryException or IOException or UnauthorizedAccessException)
            {
                Interlocked.Add(ref _characters, before - Characters); // none of it was kept
                Skip(file, Inputs.Reason(e, file));
            }
        }

        // A bilingual file is read whole (units are small, and a memory of a million units is a few hundred MB of
        // XML at most), its problems are warnings naming file and line, and a file without a Chinese side is skipped.
        private async Task AddBilingualAsync(CorpusIndex index, string file, CancellationToken cancellationToken)
        {
            try
            {
                var document = await Glossary.Bilingual.BilingualFile.LoadAsync(file, settings.Strict, cancellationToken: cancellationToken);
                foreach (var issue in document.Issues)
                {
                    environment.Error.WriteLine($"glossary: warning: {issue}");
                    environment.Warnings++;
                }

                var progress = new Reported(n => Interlocked.Add(ref _characters, n));
                await index.AddBilingualDocumentAsync(file, document, progress, cancellationToken);
                Indexed++;
            }
            catch (Exception e) when (e is GlossaryException or IOException or UnauthorizedAccessException)
            {
                Skip(file, Inputs.Reason(e, file));
            }
        }

        private async Task<string?> ReadAsync(string file, CancellationToken cancellationToken)
        {
            try
            {
                var decoded = await TextFiles.ReadAsync(file, settings.TextEncoding, cancellationToken);
                Count(decoded.Encoding);
                return decoded.Text;
            }
            catch (Exception e) when (e is GlossaryException or IOException or UnauthorizedAccessException)
            {
                Skip(file, Inputs.Reason(e, file));
                return null;
            }
        }

        private void Count(System.Text.Encoding used)
        {
            if (used.CodePage != System.Text.Encoding.UTF8.CodePage)
            {
                Encodings[used.WebName] = Encodings.GetValueOrDefault(used.WebName) + 1;
            }
        }
    }

    private static IEnumerable<List<string>> Batches(List<string> files, Dictionary<string, long> sizes)
    {
        var batch = new List<string>();
        long bytes = 0;
        foreach (var file in files)
        {
            if ((sizes[file] >= LargeFile || TextFiles.IsBilingual(file)) && batch.Count > 0)
            {
                yield return batch;
                (batch, bytes) = ([], 0);
            }

            batch.Add(file);
            bytes += sizes[file];
            if (bytes >= LargeFile || batch.Count == 64 || TextFiles.IsBilingual(file))
            {
                yield return batch;
                (batch, bytes) = ([], 0);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    // Progress<T> would post each report to the thread pool, to arrive later and in any order; the count must be
    // complete when the write is.
    private sealed class Reported(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
