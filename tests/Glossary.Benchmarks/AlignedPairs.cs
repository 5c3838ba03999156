using System.Text.Json;

namespace Glossary.Benchmarks;

/// <summary>
/// A spun sentence aligned with its original, from the shared development set (pairs.jsonl, provenance "dev") or the
/// pairs mined from public files (mined.jsonl, "web"). Both files live outside the repository and are only read.
/// </summary>
/// <param name="SpunFile">The spun source file with its provenance (dev:34549239012): the unit of a held-out split.</param>
/// <param name="OriginalFile">The original's source file with its provenance.</param>
internal sealed record AlignedPair(string Id, string SpunFile, string OriginalFile, string Spun, string Original);

internal static class AlignedPairs
{
    /// <summary>The shared development material, beside the repository (run from the repository root).</summary>
    public static string DevelopmentFolder => Path.Combine("..", "shared", "spun-wild-dev");

    /// <summary>
    /// Pairs mined from public files (JSON lines as pairs.jsonl: id, source_spun, source_original, spun, original): other
    /// people's sentences, so they live beside the repository, never in it — ../mining/mined.jsonl, or the file
    /// GLOSSARY_SPIN_MINED names. It may be absent (learning and measuring then use the development set alone).
    /// </summary>
    public static string MinedPath => Environment.GetEnvironmentVariable("GLOSSARY_SPIN_MINED") is { Length: > 0 } path
        ? path
        : Path.Combine("..", "mining", "mined.jsonl");

    public static List<AlignedPair> Development() => Read(Path.Combine(DevelopmentFolder, "pairs.jsonl"), "dev");

    /// <summary>The mined pairs, or none when the file is absent; a line still being written is skipped.</summary>
    public static List<AlignedPair> Mined() => File.Exists(MinedPath) ? Read(MinedPath, "web") : [];

    /// <summary>
    /// The mined pairs the arguments ask for: none with --no-mined; with --mined-until ID, those up to that pair id (the
    /// evidence a table was learned from, when more has been mined since).
    /// </summary>
    public static List<AlignedPair> Mined(string[] args)
    {
        if (args.Contains("--no-mined"))
        {
            return [];
        }

        var until = args.SkipWhile(a => a != "--mined-until").Skip(1).FirstOrDefault();
        return until is null ? Mined() : Mined().Where(p => string.CompareOrdinal(p.Id, until) <= 0).ToList();
    }

    private static List<AlignedPair> Read(string path, string provenance)
    {
        var pairs = new List<AlignedPair>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            try
            {
                var row = JsonDocument.Parse(line).RootElement;
                string Field(string name) => row.GetProperty(name).GetString() ?? string.Empty;
                // A sentence is one line of the documents the measurement builds: a line break inside one (a code
                // comment and the line under it) becomes a space on both sides, so sentences and lines stay aligned.
                pairs.Add(new AlignedPair(Field("id"), $"{provenance}:{Field("source_spun")}", $"{provenance}:{Field("source_original")}",
                    OneLine(Field("spun")), OneLine(Field("original"))));
            }
            catch (JsonException)
            {
                // The mined file is appended to while we read it: its last line may be incomplete.
            }
        }

        return pairs;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
