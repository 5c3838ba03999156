namespace Glossary.Testing;

/// <summary>
/// Finds files of the repository from a running test. Found by walking up from the test assembly's folder, never
/// through <c>[CallerFilePath]</c>: CI builds map source paths to <c>/_/</c> (deterministic builds), so a compiled-in
/// path does not exist on the machine that runs the tests.
/// </summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The folder that holds <c>Glossary.sln</c>.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>A path inside the repository, from its parts relative to the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Glossary.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Glossary.sln not found above the test folder.");
    }
}
