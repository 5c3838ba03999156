using Glossary.Cli.Commands;
using Spectre.Console.Cli;
using Glossary.Errors;

namespace Glossary.Cli;

/// <summary>The command tree, its help, and the one place errors become exit codes.</summary>
internal static class GlossaryApp
{
    /// <summary>Success, also when nothing was found.</summary>
    public const int Ok = 0;

    /// <summary>Bad input: a missing or unreadable file, a bad glossary, a bad index.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>What a lone "-" argument (standard input) becomes: Spectre.Console.Cli would take "-" for an option.</summary>
    public const string StandardInput = "\0stdin";

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        args = [.. args.Select(a => a == "-" ? StandardInput : a)];
        var verbose = args.Contains("--verbose");
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("glossary");
            config.SetApplicationVersion(typeof(GlossaryApp).Assembly.GetName().Version?.ToString(3) ?? "0");
            config.ConfigureConsole(environment.Console);
            config.PropagateExceptions();

            config.AddCommand<TermCommand>("term")
                .WithData(environment)
                .WithDescription("Show a term's glossary entry and every occurrence in context (a concordance).")
                .WithExample("term", "卡脖子")
                .WithExample("term", "大买卖", "--sort", "right", "--context", "20")
                .WithExample("term", "\"grand bargain\"")
                .WithExample("term", "大买卖", "--json");
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
            config.AddCommand<TermsCommand>("terms")
                .WithData(environment)
                .WithDescription("List the glossary entries with their occurrence counts in the corpus, most frequent first.")
                .WithExample("terms")
                .WithExample("terms", "--limit", "20");
            config.AddCommand<ConvertCommand>("convert")
                .WithData(environment)
                .WithDescription("Convert a glossary between OmegaT tab-separated, CSV, TBX and CC-CEDICT (read only).")
                .WithExample("convert", "terms.tsv", "terms.tbx")
                .WithExample("convert", "export.xml", "terms.csv", "--format", "tbx")
                .WithExample("convert", "cedict_ts.u8", "cedict.tbx");
            config.AddCommand<IndexCommand>("index")
                .WithData(environment)
                .WithDescription("Build or update an index on disk from text files and folders.")
                .WithExample("index", "articles/", "--index", "./my-index");
        });

        try
        {
            var result = await app.RunAsync(args, cancellationToken);
            return result == Ok && environment.Warnings > 0 ? BadInput : result;
        }
        catch (Exception e) when (e is CommandAppException)
        {
            environment.Error.WriteLine($"glossary: {e.Message} (see glossary --help)");
            return Usage;
        }
        catch (OperationCanceledException)
        {
            environment.Error.WriteLine("glossary: cancelled.");
            return BadInput;
        }
        catch (Exception e) when (e is GlossaryException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // An argument error is about what the user typed: its message, without .NET's "(Parameter 'x')".
            var message = e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
            environment.Error.WriteLine($"glossary: {message}");
            if (verbose)
            {
                environment.Error.WriteLine(e.ToString());
            }

            return BadInput;
        }
    }
}
