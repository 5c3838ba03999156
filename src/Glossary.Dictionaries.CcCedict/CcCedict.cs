using Glossary.Formats;
using Glossary.IO;
using Glossary.Terms;

namespace Glossary.Dictionaries;

/// <summary>
/// CC-CEDICT, the community Chinese–English dictionary (125,049 entries, published 2026-09-10), as a
/// <see cref="TermBase"/>: layer it under your own glossary with <see cref="TermBase.Combine"/> so that annotation
/// glosses every word it knows. Entries are found by simplified and traditional forms; pinyin has tone marks.
/// </summary>
/// <remarks>
/// The data is © MDBG and the CC-CEDICT contributors, licensed CC BY-SA 4.0
/// (<see href="https://creativecommons.org/licenses/by-sa/4.0/"/>); show <see cref="Attribution"/> wherever you
/// show its glosses. The dictionary is loaded once, on first use, and then shared (thread-safe).
/// </remarks>
public static class CcCedict
{
    /// <summary>The <see cref="TermEntry.Source"/> of every entry of the dictionary.</summary>
    public const string SourceName = "CC-CEDICT";

    /// <summary>The attribution the dictionary's licence asks for (a property, so it follows the data of the package in use).</summary>
    public static string Attribution { get; } =
        "CC-CEDICT, published by MDBG (2026-09-10), © the CC-CEDICT contributors, CC BY-SA 4.0: https://cc-cedict.org/wiki/";

    private static readonly Lazy<TermBase> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The dictionary, loaded on first use (about a tenth of a second, from a form prepared when the package was built) and kept for the life of the process.</summary>
    public static TermBase Dictionary => Loaded.Value;

    /// <summary>Loads the dictionary on the thread pool, so a UI or server thread does not wait on first use.</summary>
    /// <param name="cancellationToken">Stops waiting; the load itself completes and is kept for later callers.</param>
    public static Task<TermBase> LoadAsync(CancellationToken cancellationToken = default) =>
        Loaded.IsValueCreated ? Task.FromResult(Loaded.Value) : Task.Run(() => Loaded.Value, cancellationToken);

    // The entries and the annotation trie were prepared at build time from Data/cedict_ts.u8.gz by the library's own
    // CC-CEDICT reader (see the project file): loading copies strings out of the mapped resource instead of parsing
    // 9.7 MB of text.
    private static TermBase Load()
    {
        var prepared = ResourceMemory.Of(typeof(CcCedict).Assembly, "Glossary.Dictionaries.cedict.prepared");
        return PreparedGlossary.Read(prepared, SourceName);
    }
}
