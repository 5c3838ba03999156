using Glossary.Reading;

namespace Glossary.Cli.Views;

/// <summary>A reading view written to <paramref name="Output"/> (or "-", standard output), and its size in bytes.</summary>
internal sealed record ReadView(ReadingView Reading, string Output, long Bytes);
