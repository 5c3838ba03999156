using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Glossary.Testing;

namespace Glossary.Tests.Architecture;

// The floor plan of docs/design.md, checked on the compiled library (so a use through the root namespace, which
// needs no using directive, is caught as well): a folder may use folders on its own floor or below, never above, and
// two folders never use each other. Folders are namespaces; a source check keeps it so.
public sealed partial class FloorPlanTests
{
    // Floor by namespace, lowest first. A new folder must be given a floor here (and in docs/design.md).
    internal static readonly IReadOnlyDictionary<string, int> Floors = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Glossary.Errors"] = 0,
        ["Glossary.IO"] = 0,
        ["Glossary.Text"] = 0,
        ["Glossary.Analysis"] = 0,
        ["Glossary.Terms"] = 1,
        ["Glossary.Formats"] = 2,
        ["Glossary.Spin"] = 2,
        ["Glossary.Bilingual"] = 2,
        ["Glossary.Indexing"] = 3,
        ["Glossary.Querying"] = 3,
        ["Glossary.Checking"] = 3,
        ["Glossary.Reading"] = 3,
        ["Glossary"] = 4,
    };

    private static readonly Lazy<List<(string From, string To, string Example)>> Uses = new(LoadUses);

    [Fact]
    public void EveryNamespaceOfTheLibrary_HasAFloor()
    {
        var namespaces = Uses.Value.SelectMany(u => new[] { u.From, u.To }).Distinct().ToList();

        Assert.NotEmpty(namespaces);
        Assert.All(namespaces, n => Assert.True(Floors.ContainsKey(n), $"{n} has no floor: add it to the floor plan."));
    }

    [Fact]
    public void NoFolder_UsesAFolderOnAHigherFloor()
    {
        var upward = Uses.Value
            .Where(u => Floors.TryGetValue(u.From, out var from) && Floors.TryGetValue(u.To, out var to) && to > from)
            .Select(u => $"{u.From} (floor {Floors[u.From]}) uses {u.To} (floor {Floors[u.To]}): {u.Example}")
            .ToList();

        Assert.True(upward.Count == 0, "Upward uses:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void NoTwoFolders_UseEachOther()
    {
        var pairs = Uses.Value.Select(u => (u.From, u.To)).ToHashSet();
        var cycles = Uses.Value
            .Where(u => string.CompareOrdinal(u.From, u.To) < 0 && pairs.Contains((u.To, u.From)))
            .Select(u => $"{u.From} and {u.To} use each other: {u.Example}; {Uses.Value.First(v => v.From == u.To && v.To == u.From).Example}")
            .Distinct()
            .ToList();

        Assert.True(cycles.Count == 0, "Cycles:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void TheCheck_SeesUsesThroughTheRootNamespace()
    {
        // The facade lives in the root namespace, which every folder sees without a using directive: the check must
        // see such a use. CorpusIndex (floor 4) uses Querying (floor 3), so the loader's view holds that edge.
        Assert.Contains(Uses.Value, u => u.From == "Glossary" && u.To == "Glossary.Querying");
    }

    [Fact]
    public void EverySourceFile_DeclaresTheNamespaceOfItsFolder()
    {
        var source = Repository.PathOf("src", "Glossary");
        var wrong = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(source, f), Declared: Namespace().Match(File.ReadAllText(f)).Groups[1].Value))
            .Where(f => f.Declared != Expected(f.File))
            .Select(f => $"{f.File} declares '{f.Declared}', its folder says '{Expected(f.File)}'")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        static string Expected(string file) =>
            string.Join('.', new[] { "Glossary" }.Concat(Path.GetDirectoryName(file)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)));
    }

    // Every use of a type of the library by a type of the library, as namespace → namespace with one example.
    private static List<(string From, string To, string Example)> LoadUses()
    {
        var architecture = new ArchLoader().LoadAssemblies(typeof(CorpusIndex).Assembly).Build();
        var library = typeof(CorpusIndex).Assembly.GetName().Name;
        var uses = new Dictionary<(string, string), string>();
        foreach (var type in architecture.Types.Where(t => IsLibrary(t.Assembly)))
        {
            foreach (var dependency in type.Dependencies)
            {
                var target = dependency.Target;
                if (!IsLibrary(target?.Assembly) || target!.Namespace?.FullName is not { } to || to == type.Namespace.FullName)
                {
                    continue;
                }

                uses.TryAdd((type.Namespace.FullName, to), $"{type.FullName} → {target.FullName}");
            }
        }

        return uses.Select(u => (u.Key.Item1, u.Key.Item2, u.Value)).ToList();

        bool IsLibrary(ArchUnitNET.Domain.Assembly? assembly) =>
            assembly?.Name is { } name && (name == library || name.StartsWith(library + ",", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();
}
