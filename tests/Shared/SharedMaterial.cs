namespace Glossary.Testing;

/// <summary>
/// The material shared beside the repository (<c>../shared</c>): real files of other projects that the readers are
/// checked against. Never copied into the repository. A test that needs it fails with a message saying where it
/// was looked for, rather than with a missing-file error.
/// </summary>
internal static class SharedMaterial
{
    public static string PathOf(params string[] parts)
    {
        var root = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared"));
        var path = Path.Combine([root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Fail($"The shared material is absent: {path} does not exist. These tests read ../shared, the folder beside the repository's root.");
        }

        return path;
    }
}
