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
internal sealed partial class IndexCommand : ViewCommand<IndexCommand.Settings, IndexView>
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

    // Batches of about a million characters (3 MB of UTF-8), however many files: each batch is one call of the
    // library, which opens near-real-time readers and commits once per call, and on many short files a cap of 64 files
    // made those costs dominate (the Debian corpus, 2,164 files: 28 s in 34 batches, 17–18 s in 3; 16 MB batches did
    // no better). Small enough that the progress bar moves; an interrupted run keeps what was committed. A large
    // file is a batch alone, and so is a bilingual file.
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
}
