using System.Security.Cryptography;
using System.Text;
using Glossary.Errors;
using Glossary.Samples;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Cli.Input;

/// <summary>
/// The index of the bundled article, built once and kept in a cache folder, so that a look-up on a fresh start opens
/// it read-only instead of running SmartCn over the article again (which cost most of a second at every start).
/// </summary>
/// <remarks>
/// The folder is <c>$GLOSSARY_CACHE</c>, else <c>$XDG_CACHE_HOME/glossary</c>, else <c>~/.cache/glossary</c>, and
/// the index's name carries a hash of the article and of the library build, so a new version never reads an old
/// cache. It is built in a temporary folder and renamed into place, so a crash or a second process never leaves a
/// half-built index. Any problem with the cache (no home folder, a read-only disk) falls back to an in-memory index.
/// The cache is judged with the bundled spin table; with the user's pairs (--spin-pairs) the article is indexed in
/// memory with the combined table, as an index judged by one table cannot be read with another.
/// </remarks>
internal static class BundledIndex
{
    public static async Task<CorpusIndex> OpenAsync(TermBase glossary, SpinTable spinTable, CancellationToken cancellationToken)
    {
        var options = new CorpusIndexOptions { Terms = glossary, SpinTable = spinTable };
        if (ReferenceEquals(spinTable, SpinTable.Bundled) && Folder() is { } folder)
        {
            try
            {
                if (!Directory.Exists(folder))
                {
                    await BuildAsync(folder, cancellationToken);
                }

                return CorpusIndex.OpenReadOnly(folder, options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or GlossaryException)
            {
                // The cache is an optimisation: without it the answer is the same, only slower.
            }
        }

        var index = CorpusIndex.InMemory(options);
        await index.AddDocumentAsync(SampleCorpus.ArticleKey, SampleCorpus.Article, cancellationToken);
        return index;
    }

    private static string? Folder()
    {
        var root = Environment.GetEnvironmentVariable("GLOSSARY_CACHE") is { Length: > 0 } explicitRoot ? explicitRoot
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "glossary")
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache", "glossary")
            : null;
        if (root is null)
        {
            return null;
        }

        var build = typeof(CorpusIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(build + "\n" + SampleCorpus.Article)))[..16];
        return Path.Combine(root, $"bundled-{hash}");
    }

    private static async Task BuildAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        var temporary = $"{folder}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var index = CorpusIndex.Open(temporary))
            {
                await index.AddDocumentAsync(SampleCorpus.ArticleKey, SampleCorpus.Article, cancellationToken);
            }

            Directory.Move(temporary, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // Another process built it first: use theirs.
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
