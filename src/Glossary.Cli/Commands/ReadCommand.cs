using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Glossary.Bilingual;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Settings;
using Glossary.Cli.Views;
using Glossary.Errors;
using Glossary.Reading;
using Glossary.Samples;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

// The reading view: one self-contained HTML page per text (the library's ReadingView and ReadingHtml). The page is
// written atomically and never over the text it was made from.
internal sealed class ReadCommand : ViewCommand<ReadCommand.Settings, ReadView>
{
    public sealed class Settings : GlossaryTextSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A text file (UTF-8, UTF-16, GB18030/GBK or Big5, detected), a bilingual file (.tmx, .xlf/.xliff, .po), or - for standard input. Default: the bundled article.")]
        public string? File { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description("The page to write, or - for standard output. Default: the input's name with .html, in the current folder.")]
        public string? Output { get; set; }

        [CommandOption("--index <DIR>")]
        [Description("Read a document of this index (with --document) instead of a file.")]
        public string? Index { get; set; }

        [CommandOption("--document <KEY>")]
        [Description("The indexed document to read (its key, as 'glossary index' gave it: the file's full path).")]
        public string? Document { get; set; }

        [CommandOption("--open")]
        [Description("Open the page in the default browser afterwards, where there is one.")]
        public bool Open { get; set; }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (Document is not null && Index is null)
            {
                throw new UsageException("--document needs --index <DIR>");
            }

            if (Index is not null && Document is null)
            {
                throw new UsageException("--index needs --document <KEY> (the document to read)");
            }

            if (Index is not null && File is not null)
            {
                throw new UsageException("give a FILE or --index with --document, not both");
            }

            if (File == "-" && Output is null)
            {
                throw new UsageException("reading standard input needs --output <FILE> (or -o - for standard output)");
            }

            if (Output == "-" && Json)
            {
                throw new UsageException("-o - writes the page to standard output, where --json would go too; choose one");
            }

            return result;
        }
    }

    protected override async Task<ReadView> BuildAsync(Settings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var corpus = await Corpus.LoadAsync(settings, environment, cancellationToken);
        var dictionary = await corpus.Dictionary;
        var options = new ReadingOptions { Title = Title(settings), Terms = corpus.Glossary, Dictionary = dictionary, SpinTable = corpus.SpinTable };
        var output = settings.Output ?? Path.GetFileNameWithoutExtension(settings.File ?? SampleCorpus.ArticleKey) + ".html";
        if (settings.File is { } input && input != "-" && output != "-" && SamePath(input, output))
        {
            throw new GlossaryException($"{output}: that is the input; give another --output");
        }

        ReadingView view;
        if (settings.File is { } path && path != "-" && TextFiles.IsBilingual(path))
        {
            Inputs.RequireFile(path);
            var document = await BilingualFile.LoadAsync(path, settings.Strict, cancellationToken: cancellationToken);
            foreach (var issue in document.Issues)
            {
                environment.Error.WriteLine($"glossary: warning: {issue}");
            }

            environment.Warnings += document.Issues.Count;
            view = ReadingView.Create(document, options);
        }
        else
        {
            var text = settings.Index is { } index
                ? await IndexedTextAsync(index, settings.Document!, corpus, settings, cancellationToken)
                : await TextFiles.ReadDocumentAsync(settings.File, settings.TextEncoding, environment, cancellationToken);
            if (text.Length == 0)
            {
                throw new GlossaryException("The text is empty.");
            }

            var spin = await SpinText.AnalyzeAsync(corpus, text, cancellationToken);
            view = ReadingView.Create(spin, options);
        }

        long bytes;
        if (output == "-")
        {
            var html = ReadingHtml.ToHtml(view);
            environment.Output.Write(html);
            environment.Output.Flush();
            bytes = Encoding.UTF8.GetByteCount(html);
        }
        else
        {
            await ReadingHtml.SaveAsync(view, output, cancellationToken);
            bytes = new FileInfo(output).Length;
            if (settings.Open)
            {
                OpenInBrowser(output, environment);
            }
        }

        return new ReadView(view, output, bytes);
    }

    protected override object ToJson(ReadView view) => JsonShapes.Read(view);

    protected override void WriteText(IAnsiConsole console, ReadView view)
    {
        if (view.Output != "-")
        {
            ReadText.Write(console, view);
        }
    }

    private static async Task<string> IndexedTextAsync(string index, string key, Corpus corpus, Settings settings, CancellationToken cancellationToken)
    {
        var corpusSettings = new CorpusSettings { Index = index, Glossaries = settings.Glossaries, SpinPairs = settings.SpinPairs, Strict = settings.Strict };
        using var opened = await corpus.OpenIndexAsync(corpusSettings, cancellationToken);
        return opened.GetDocumentText(key)
            ?? throw new GlossaryException($"{index}: no document '{key}' ({Numbers.Count(opened.GetDocumentKeys().Count, "document", "documents")}; keys are full paths, as 'glossary index' printed them)");
    }

    private static string Title(Settings settings) => settings.Document is { } key ? Path.GetFileName(key)
        : settings.File is null ? SampleCorpus.ArticleKey
        : settings.File == "-" ? "standard input"
        : Path.GetFileName(settings.File);

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // xdg-open, open or the shell, where one exists; a machine without a browser is said in one line, not an error.
    private static void OpenInBrowser(string path, CliEnvironment environment)
    {
        var opener = OperatingSystem.IsWindows() ? null : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            var start = opener is null
                ? new ProcessStartInfo(Path.GetFullPath(path)) { UseShellExecute = true }
                : new ProcessStartInfo(opener, [Path.GetFullPath(path)]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            environment.Error.WriteLine($"glossary: note: no browser to open {path} with ({opener ?? "the shell"}: {e.Message})");
        }
    }
}
