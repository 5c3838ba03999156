using System.Text.Json;
using Glossary.Testing;

namespace Glossary.Interop.Tests;

/// <summary>
/// OmegaT's own glossary readers and writer, reached through <c>OmegaT/GlossaryProbe.java</c>, compiled once per test
/// run against the installed <c>OmegaT.jar</c> (Debian's <c>/usr/share/omegat/OmegaT.jar</c>, or <c>$OMEGAT_JAR</c>).
/// Java runs with a throw-away home folder, so OmegaT's preferences and logs of a real user are never touched. Shared by
/// the tests of the <see cref="OmegaTTests"/>, which also run one at a time: OmegaT's JVM is heavy on a shared
/// machine.
/// </summary>
public sealed class OmegaTProbe : IAsyncLifetime
{
    /// <summary>What OmegaT holds of one glossary line: the source term, its translation, and the comment it shows.</summary>
    public sealed record Entry(string Source, string Target, string Comment);

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    private readonly string _classes = Directory.CreateTempSubdirectory("omegat-probe-").FullName;
    private string? _problem;

    /// <summary>The installed OmegaT.jar; fails the test, saying how to install it, when it is absent.</summary>
    public static string Jar
    {
        get
        {
            var jar = Environment.GetEnvironmentVariable("OMEGAT_JAR") is { Length: > 0 } set ? set : "/usr/share/omegat/OmegaT.jar";
            if (!File.Exists(jar))
            {
                Assert.Fail($"OmegaT is not installed: {jar} does not exist. Install Debian's omegat package (apt-get install omegat; .ci/run does), or set OMEGAT_JAR.");
            }

            return jar;
        }
    }

    /// <summary>The entries OmegaT's reader of <paramref name="reader"/> (tsv, csv or tbx) reads from a file, or
    /// <see langword="null"/> when the reader declines the file.</summary>
    public async Task<IReadOnlyList<Entry>?> ReadAsync(string reader, string file)
    {
        Assert.True(_problem is null, _problem);
        var result = await JavaAsync("read", reader, file);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines is ["{\"unread\":true}"])
        {
            return null;
        }

        return lines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new Entry(root.GetProperty("source").GetString()!, root.GetProperty("target").GetString()!, root.GetProperty("comment").GetString()!);
        }).ToList();
    }

    /// <summary>Appends an entry to a TSV glossary with OmegaT's writer (what its "create glossary entry" does).</summary>
    public Task AppendAsync(string file, string source, string target, string comment)
    {
        Assert.True(_problem is null, _problem);
        return JavaAsync("append", file, source, target, comment);
    }

    /// <summary>Runs OmegaT itself (<c>java -jar OmegaT.jar</c>) with a throw-away home folder.</summary>
    public static async Task<ChildProcess.Result> RunOmegaTAsync(params string[] arguments)
    {
        var home = Directory.CreateTempSubdirectory("omegat-home-").FullName;
        try
        {
            return await ChildProcess.RunAsync("java", [$"-Duser.home={home}", "-Djava.awt.headless=true", "-jar", Jar, .. arguments], Limit);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private async Task<ChildProcess.Result> JavaAsync(params string[] arguments)
    {
        var home = Directory.CreateTempSubdirectory("omegat-home-").FullName;
        try
        {
            var result = await ChildProcess.RunAsync("java",
                [$"-Duser.home={home}", "-Djava.awt.headless=true", "-cp", $"{Jar}{Path.PathSeparator}{_classes}", "GlossaryProbe", .. arguments], Limit);
            Assert.True(result.ExitCode == 0, $"OmegaT's glossary probe failed ({string.Join(' ', arguments)}), exit {result.ExitCode}:\n{result.Error}");
            return result;
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    // Compiled once for the collection. A failure is kept and fails every test that needs the probe, with its reason.
    async Task IAsyncLifetime.InitializeAsync()
    {
        var source = Repository.PathOf("tests", "Glossary.Interop.Tests", "OmegaT", "GlossaryProbe.java");
        var jar = Environment.GetEnvironmentVariable("OMEGAT_JAR") is { Length: > 0 } set ? set : "/usr/share/omegat/OmegaT.jar";
        if (!File.Exists(jar))
        {
            _problem = $"OmegaT is not installed: {jar} does not exist. Install Debian's omegat package (apt-get install omegat; .ci/run does), or set OMEGAT_JAR.";
            return;
        }

        try
        {
            var result = await ChildProcess.RunAsync("javac", ["-encoding", "UTF-8", "-nowarn", "-cp", jar, "-d", _classes, source], Limit);
            _problem = result.ExitCode == 0 ? null : $"javac could not compile {source} against {jar} (exit {result.ExitCode}):\n{result.Error}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _problem = $"Cannot compile the OmegaT probe: {e.Message}";
        }
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Directory.Delete(_classes, recursive: true);
        return Task.CompletedTask;
    }
}
