using Glossary.Testing;

namespace Glossary.Cli.Tests;

/// <summary>
/// Golden files: the output must equal <c>Golden/NAME.verified.txt</c>. On a mismatch the actual output is written
/// beside it as <c>NAME.received.txt</c> (git-ignored) to diff and, if right, to rename.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        var folder = Repository.PathOf("tests", "Glossary.Cli.Tests", "Golden");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No golden file {verified}; the output was written to {received}."
            : $"The output differs from {verified}; see {received}.");
    }
}
