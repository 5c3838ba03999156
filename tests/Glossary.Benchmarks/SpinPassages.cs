using System.Text.Json;

namespace Glossary.Benchmarks;

/// <summary>A passage of the shared development set (passages.jsonl): its id, label (spun or clean) and text. Only read.</summary>
internal sealed record SpinPassage(string Id, bool Spun, string Text)
{
    public static List<SpinPassage> Load() =>
        File.ReadLines(Path.Combine(AlignedPairs.DevelopmentFolder, "passages.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => new SpinPassage(r.GetProperty("id").GetString()!, r.GetProperty("label").GetString() == "spun", r.GetProperty("text").GetString()!))
            .ToList();
}
