
namespace Glossary.Interop.Tests;

/// <summary>The built <c>glossary</c> tool, run as its own process as a translator runs it.</summary>
internal static class Tool
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static Task<ChildProcess.Result> RunAsync(params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Glossary.Cli.dll"), .. arguments], Limit);

    /// <summary>Runs <c>glossary convert</c> and fails the test, with the tool's stderr, if it does not succeed.</summary>
    public static async Task<ChildProcess.Result> ConvertAsync(params string[] arguments)
    {
        var result = await RunAsync(["convert", .. arguments]);
        Assert.True(result.ExitCode == 0, $"glossary convert {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Error}");
        return result;
    }
}
