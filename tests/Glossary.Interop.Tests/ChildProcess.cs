using System.ComponentModel;
using System.Diagnostics;

namespace Glossary.Interop.Tests;

/// <summary>
/// Runs a program to its end with a time limit. A program that cannot be started or that outlives its limit fails
/// the test with a message naming it, never a skip: a missing OmegaT must be seen.
/// </summary>
public static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, TimeSpan limit, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"Cannot start {program} ({e.Message}). The interop tests need OmegaT and a JDK: apt-get install omegat default-jdk-headless (.ci/run does).");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalSeconds} s and was stopped.");
            }

            return new Result(process.ExitCode, await output, await error);
        }
    }
}
