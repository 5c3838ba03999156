using System.Diagnostics;
using System.Text.Json;

namespace Glossary.Browser.Tests;

/// <summary>Runs the built glossary tool as its own process, as a user would, and reads its JSON answers.</summary>
internal static class Tool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Glossary.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Runs the tool and parses its --json answer; a failed run fails the test with its message.</summary>
    public static async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await RunAsync([.. args, "--json"]);
        Assert.True(result.ExitCode == 0, $"glossary {string.Join(' ', args)} exited with {result.ExitCode}: {result.Error}");
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    /// <summary>Each term's count and glosses, as <c>glossary terms --json</c> gives them (only the terms that occur).</summary>
    public static async Task<Dictionary<string, (int Count, string[] Glosses)>> TermCountsAsync(params string[] args)
    {
        var json = await JsonAsync(["terms", .. args]);
        return json.GetProperty("terms").EnumerateArray()
            .Where(t => t.GetProperty("count").GetInt32() > 0)
            .ToDictionary(
                t => t.GetProperty("term").GetString()!,
                t => (t.GetProperty("count").GetInt32(), t.GetProperty("glosses").EnumerateArray().Select(g => g.GetString()!).ToArray()));
    }

    /// <summary>Writes a reading view with <c>glossary read</c> and returns the page's path.</summary>
    public static async Task<string> ReadAsync(string output, params string[] args)
    {
        var result = await RunAsync(["read", .. args, "-o", output]);
        Assert.True(result.ExitCode == 0, $"glossary read exited with {result.ExitCode}: {result.Error}");
        return output;
    }
}
