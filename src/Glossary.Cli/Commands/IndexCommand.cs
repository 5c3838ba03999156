using System.ComponentModel;
using System.Diagnostics;
using Glossary.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;
using Glossary.Text;

namespace Glossary.Cli.Commands;

// Documents are keyed by their full path, so indexing a file again replaces it: running the command twice, or again
// after an interrupted run, never duplicates anything. Files go to the index in batches (analysed on every core,
// one commit per batch): a commit per small file cost three quarters of the time, and an interrupted run loses at
// most the batch in progress.
public sealed class IndexCommand : AsyncCommand<IndexCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Text files and folders to index; folders are searched for .txt, .md and .text files. UTF-8, UTF-16, GB18030/GBK and Big5 are detected.")]
        public string[] Paths { get; set; } = [];

        [CommandOption("--encoding <NAME>")]
        [Description("Read every file in this encoding instead of detecting it: utf-8, utf-16, gb18030, gbk, big5.")]
        public string? Encoding { get; set; }

        [CommandOption("--index <DIR>")]
        [Description("The index folder, created if missing.")]
        public string? Index { get; set; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Index) ? ValidationResult.Error("--index <DIR> is required: where should the index go?") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var environment = (CliEnvironment)context.Data!;
        var files = TextFiles.Expand(settings.Paths);
        var sizes = files.ToDictionary(f => f, f => new FileInfo(f).Length);
        var total = Math.Max(1, sizes.Values.Sum());
        using var index = CorpusIndex.Open(settings.Index!);
        var clock = Stopwatch.StartNew();
        var encoding = TextFiles.Encoding(settings.Encoding);
        var legacy = new SortedDictionary<string, int>(StringComparer.Ordinal); // files read in another encoding than UTF-8
        long characters = 0;

        async Task IndexAll(Action<string, double>? report)
        {
            long done = 0;
            foreach (var batch in Batches(files, sizes))
            {
                report?.Invoke(batch[0], done);
                if (sizes[batch[0]] >= LargeFile)
                {
                    // A large file streams through the index a block at a time: memory holds blocks, not the file.
                    using var reader = await DocumentReader.OpenAsync(batch[0], encoding, cancellationToken);
                    var start = done;
                    var progress = new Reported(n =>
                    {
                        Interlocked.Add(ref characters, n);
                        report?.Invoke(batch[0], start + reader.BytesRead);
                    });
                    await index.AddDocumentFromReaderAsync(batch[0], reader, progress, cancellationToken);
                    Count(reader.Encoding);
                }
                else
                {
                    var texts = new List<(string Key, string Text)>(batch.Count);
                    foreach (var file in batch)
                    {
                        var decoded = await TextFiles.ReadAsync(file, encoding, cancellationToken);
                        texts.Add((file, decoded.Text));
                        Count(decoded.Encoding);
                    }

                    await index.AddDocumentsAsync(texts, cancellationToken: cancellationToken);
                    characters += texts.Sum(t => (long)t.Text.Length);
                }

                done += batch.Sum(f => sizes[f]);
                report?.Invoke(batch[^1], done);
            }
        }

        void Count(System.Text.Encoding used)
        {
            if (used.CodePage != System.Text.Encoding.UTF8.CodePage)
            {
                legacy[used.WebName] = legacy.GetValueOrDefault(used.WebName) + 1;
            }
        }

        if (environment.Interactive && !settings.Json)
        {
            await environment.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("indexing", maxValue: total);
                    await IndexAll((file, done) =>
                    {
                        task.Value = done;
                        var rate = characters / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                        task.Description = $"{Markup.Escape(Path.GetFileName(file))} · {characters:N0} chars · {rate:N0} chars/s";
                    });
                });
        }
        else
        {
            await IndexAll(null);
        }

        var seconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
        var documents = index.GetDocumentKeys().Count;
        var passages = index.PassageCount;
        if (settings.Json)
        {
            Json.Write(environment.Output, new Json.IndexJson(Path.GetFullPath(settings.Index!), documents, passages, characters, seconds));
        }
        else
        {
            environment.Console.MarkupLine(
                $"Indexed [bold]{files.Count}[/] file(s), {characters:N0} characters in {seconds:F2} s. " +
                $"The index [bold]{Markup.Escape(settings.Index!)}[/] holds {documents} document(s), {passages} passage(s)." +
                (legacy.Count > 0 ? " Read as " + string.Join(", ", legacy.Select(l => $"{l.Key}: {l.Value} file(s)")) + "." : string.Empty));
        }

        return GlossaryApp.Ok;
    }

    // Batches of about a million characters (3 MB of UTF-8) or 64 files: large enough that commits cost little,
    // small enough that the progress bar moves and an interrupted run loses little. A large file is a batch alone.
    private const long LargeFile = 3_000_000;

    private static IEnumerable<List<string>> Batches(List<string> files, Dictionary<string, long> sizes)
    {
        var batch = new List<string>();
        long bytes = 0;
        foreach (var file in files)
        {
            if (sizes[file] >= LargeFile && batch.Count > 0)
            {
                yield return batch;
                (batch, bytes) = ([], 0);
            }

            batch.Add(file);
            bytes += sizes[file];
            if (bytes >= LargeFile || batch.Count == 64)
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
