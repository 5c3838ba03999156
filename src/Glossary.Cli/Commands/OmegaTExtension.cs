using Glossary.Formats;

namespace Glossary.Cli.Commands;

/// <summary>
/// OmegaT before 4.0 loads tab-separated glossaries named <c>.txt</c>, <c>.tab</c> or <c>.utf8</c> only: its
/// <c>GlossaryReaderTSV</c> returns nothing for a <c>.tsv</c> file, and the glossary pane stays empty without a word.
/// A <c>.tsv</c> output is still what later versions and other tools expect, so it is written as asked, with a note
/// naming the extension OmegaT 3 reads as UTF-8 whatever the system's encoding (<c>.tab</c> and <c>.txt</c> are
/// guessed, and fall back to the system's). A <c>.tsv</c> rewritten from a <c>.tsv</c> gets no note: its name was
/// the user's choice before the conversion.
/// </summary>
internal static class OmegaTExtension
{
    public static string? Advice(string input, string output, GlossaryFormat format) =>
        format == GlossaryFormat.Tsv && IsTsv(output) && !IsTsv(input)
            ? $"OmegaT before 4 loads only .txt, .tab and .utf8 glossaries: for OmegaT 3, name it {Path.ChangeExtension(Path.GetFileName(output), ".utf8")}"
            : null;

    private static bool IsTsv(string path) => path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);
}
