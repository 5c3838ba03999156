using Glossary.Cli.Views;

namespace Glossary.Cli.Rendering.Json;

internal static partial class JsonShapes
{
    public static ReadJson Read(ReadView view) => new(
        view.Output,
        view.Bytes,
        view.Reading.Terms.Count,
        view.Reading.Frequencies.Select(f => new ReadTermJson(f.Entry.Term, f.Count)).ToList(),
        view.Reading.Words.Count,
        view.Reading.Spin?.Verdict.ToString().ToLowerInvariant(),
        view.Reading.Spin?.Substitutions.Count ?? 0,
        view.Reading.Units.Count);

    public sealed record ReadJson(string Output, long Bytes, int Terms, IReadOnlyList<ReadTermJson> Entries, int Words, string? Verdict, int Substitutions, int Units);

    public sealed record ReadTermJson(string Term, int Count);
}
