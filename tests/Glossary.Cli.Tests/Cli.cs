using System.Diagnostics;

namespace Glossary.Cli.Tests;

/// <summary>
/// Runs the CLI in this process (rendered without colour, as a terminal of <see cref="Width"/> columns would wrap it)
/// or as a separate process (its output redirected: never wrapped).
/// </summary>
internal static class Cli
{
    /// <summary>The width of the console in-process runs render at.</summary>
    public const int Width = 100;

    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] args) => await RunWithInputAsync(string.Empty, args);

    public static async Task<Result> RunWithInputAsync(string input, params string[] args)
    {
        using var text = new StringWriter();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = CliConsole.Create(text, Width, terminal: false, color: false);
        var environment = new CliEnvironment(console, output, error, new StringReader(input));

        var code = await GlossaryApp.RunAsync(args, environment);

        return new Result(code, output.ToString() + text, error.ToString());
    }

    /// <summary>Runs the built tool as its own process, as a user would.</summary>
    public static Task<Result> RunProcessAsync(params string[] args) => RunProcessAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs the built tool as its own process with extra environment variables.</summary>
    public static Task<Result> RunProcessAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunProcessInAsync(null, environment, args);

    /// <summary>
    /// Runs the built tool as its own process in <paramref name="workingDirectory"/> (the test's own when null), so
    /// relative paths read as a user at that prompt would type them.
    /// </summary>
    public static async Task<Result> RunProcessInAsync(string? workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, ToolPath, args, workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>The built tool's entry assembly.</summary>
    public static string ToolPath => Path.Combine(AppContext.BaseDirectory, "Glossary.Cli.dll");

    /// <summary>Starts the built tool as its own process and returns at once, for tests that act while it runs.</summary>
    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), ToolPath, args);

    /// <summary>Starts the tool at <paramref name="tool"/> (a copy, say) with extra environment variables; output is redirected.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, string tool, params string[] args) =>
        Start(environment, tool, args, workingDirectory: null);

    private static Process Start(IReadOnlyDictionary<string, string> environment, string tool, string[] args, string? workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment.Remove("COLUMNS"); // a width only when a test asks for one
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
