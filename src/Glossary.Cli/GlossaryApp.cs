using System.Reflection;
using System.Text.RegularExpressions;
using Glossary.Cli.Commands;
using Glossary.Cli.Settings;
using Glossary.Errors;
using Spectre.Console.Cli;

namespace Glossary.Cli;

/// <summary>The command tree, its help, and the one place errors become exit codes and one-line messages.</summary>
internal static class GlossaryApp
{
    /// <summary>Success, also when nothing was found.</summary>
    public const int Ok = 0;

    /// <summary>Bad input: a missing or unreadable file, a bad glossary, a bad index, a file skipped.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary><c>check</c> found problems at error severity (bad input, 1, takes precedence).</summary>
    public const int Findings = 3;

    /// <summary>The version the package carries (0.1.0-beta.1), without the build's "+commit" suffix.</summary>
    public static string Version { get; } =
        typeof(GlossaryApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(GlossaryApp).Assembly.GetName().Version?.ToString(3) ?? "0";

    private static readonly string[] Commands = ["term", "search", "annotate", "restore", "read", "terms", "convert", "index", "check"];

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var options = CommandLine.Options(args).ToList();
        var verbose = options.Contains("--verbose");
        var help = Commands.Contains(args.FirstOrDefault()) ? $"glossary {args[0]} --help" : "glossary --help";
        var app = new CommandApp();
        app.Configure(config => Configure(config, environment));
        try
        {
            var result = await app.RunAsync(CommandLine.Prepare(args), cancellationToken);
            return (result is Ok or Findings) && environment.Warnings > 0 ? BadInput : result;
        }
        catch (Exception e) when (e is CommandAppException or UsageException)
        {
            environment.Error.WriteLine($"glossary: {OneLine(UsageMessage(e))} (see {help})");
            return Usage;
        }
        catch (OperationCanceledException)
        {
            environment.Error.WriteLine("glossary: cancelled.");
            return BadInput;
        }
        catch (Exception e) when (e is GlossaryException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            environment.Error.WriteLine($"glossary: {OneLine(Message(e))}");
            if (verbose)
            {
                environment.Error.WriteLine(e.ToString());
            }

            return BadInput;
        }
        finally
        {
            environment.Console.Profile.Out.Writer.Flush();
        }
    }

    private static void Configure(IConfigurator config, CliEnvironment environment)
    {
        config.SetApplicationName("glossary");
        config.SetApplicationVersion(Version);
        config.ConfigureConsole(environment.Console);
        config.PropagateExceptions();
        config.UseStrictParsing();

        config.AddCommand<TermCommand>("term")
            .WithData(environment)
            .WithDescription("Show a term's glossary entry and every occurrence in context (a concordance).")
            .WithExample("term", "卡脖子")
            .WithExample("term", "大买卖", "--sort", "right", "--context", "20")
            .WithExample("term", "\"grand bargain\"")
            .WithExample("term", "--index", "./man-pages", "--", "--force");
        config.AddCommand<SearchCommand>("search")
            .WithData(environment)
            .WithDescription("Rank the passages that match a query, with highlights and the glossary terms inside.")
            .WithExample("search", "芯片", "出口管制")
            .WithExample("search", "\"grand bargain\"", "--limit", "3");
        config.AddCommand<AnnotateCommand>("annotate")
            .WithData(environment)
            .WithDescription("Print a text with every glossary term marked and glossed in numbered notes under its paragraph.")
            .WithExample("annotate")
            .WithExample("annotate", "article.txt")
            .WithExample("annotate", "-", "--json");
        config.AddCommand<RestoreCommand>("restore")
            .WithData(environment)
            .WithDescription("Print a spun (伪原创) text's restored reading: every spinner substitution undone, each replacement highlighted.")
            .WithExample("restore")
            .WithExample("restore", "article.txt", "--json");
        config.AddCommand<ReadCommand>("read")
            .WithData(environment)
            .WithDescription("Write a text's reading view: one offline HTML page with every term marked and glossed in a popup, pinyin, the spin verdict and restored reading, the terms by frequency and a find box.")
            .WithExample("read", "-o", "article.html")
            .WithExample("read", "article.txt", "--dictionary", "cedict", "--open")
            .WithExample("read", "--index", "./my-index", "--document", "/home/me/article.txt", "-o", "page.html");
        config.AddCommand<TermsCommand>("terms")
            .WithData(environment)
            .WithDescription("List the glossary entries with their occurrence counts in the corpus, most frequent first.")
            .WithExample("terms")
            .WithExample("terms", "--limit", "20");
        config.AddCommand<ConvertCommand>("convert")
            .WithData(environment)
            .WithDescription("Convert a glossary between OmegaT tab-separated, CSV, TBX and CC-CEDICT (read only). The input is never written over without --force.")
            .WithExample("convert", "terms.tsv", "terms.tbx")
            .WithExample("convert", "terms.tbx", "omegat-project/glossary/terms.utf8")
            .WithExample("convert", "terms.tsv", "terms.csv", "--csv", "memoq")
            .WithExample("convert", "export.xml", "terms.csv", "--format", "tbx")
            .WithExample("convert", "cedict_ts.u8", "cedict.tbx");
        config.AddCommand<IndexCommand>("index")
            .WithData(environment)
            .WithDescription("Build or update an index on disk from text files and folders; a file that cannot be read is skipped and said.")
            .WithExample("index", "articles/", "--index", "./my-index");
        config.AddCommand<CheckCommand>("check")
            .WithData(environment)
            .WithDescription("Check translations against the glossary, both ways: terms missing, deprecated or forbidden translations, inconsistent renderings. Exit code 3 when it finds problems.")
            .WithExample("check", "project.xlf", "--glossary", "terms.tbx")
            .WithExample("check", "memory.tmx", "-g", "terms.tsv", "--dictionary", "cedict", "--severity", "inconsistent=warning", "--ignore", "check-ignore.tsv");
    }

    // An argument error is about what the user typed: its message, without .NET's "(Parameter 'x')"; a file that is
    // not there is said as every missing input is.
    private static string Message(Exception e) => e switch
    {
        FileNotFoundException { FileName: { } file } => $"{file}: no such file",
        ArgumentException { ParamName: { } name } => e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal),
        _ => e.Message,
    };

    // Spectre's words for an argument too many say nothing of the likely cause: words not quoted.
    private static string UsageMessage(Exception e) =>
        Regex.Match(e.Message, "^Could not match '(.*)' with an argument\\.$") is { Success: true } extra
            ? $"unexpected argument '{extra.Groups[1].Value}' (quote a text of several words: \"grand bargain\")"
            : e.Message;

    private static string OneLine(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
