using Glossary.Querying;

namespace Glossary.Cli.Rendering.Text;

/// <summary>The other side of a bilingual unit as pieces for the wrapper, its highlights in 【brackets】 (visible without colour).</summary>
internal static class Aligned
{
    public static IEnumerable<(string Text, string? Style)> Pieces(AlignedTranslation translation)
    {
        var at = 0;
        foreach (var h in translation.Highlights)
        {
            yield return (translation.Text[at..h.Offset].ReplaceLineEndings(" "), "dim");
            yield return ($"【{translation.Text.Substring(h.Offset, h.Length).ReplaceLineEndings(" ")}】", "bold green");
            at = h.Offset + h.Length;
        }

        yield return (translation.Text[at..].ReplaceLineEndings(" "), "dim");
    }
}
