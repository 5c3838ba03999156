namespace Glossary.Cli.Views;

/// <summary>
/// An indexing run: what was read (files, characters, the encodings other than UTF-8, files skipped) and what the
/// index holds now.
/// </summary>
internal sealed record IndexView(
    string Index,
    int Files,
    long Characters,
    double Seconds,
    int Documents,
    int Passages,
    IReadOnlyDictionary<string, int> Encodings,
    int Skipped);
