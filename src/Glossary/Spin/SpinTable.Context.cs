using Glossary.Text;

namespace Glossary.Spin;

// Context: whether the words around a spun form make an original more likely than the form as written, measured with
// the clean-text word model (WordModel) on a window of Han characters around it.
public sealed partial class SpinTable
{
    // Characters of context on each side. Four reach the compound a real word was taken out of (操作|体系, 应用|法度)
    // without letting a distant word decide; a window never crosses punctuation, Latin letters or digits.
    private const int ContextWidth = 4;

    // The model is the library's one word model, read on first use only: a table that never meets a real-word
    // candidate (look-ups of terms no spinner touches) never pays for loading it.
    private static WordModel Model => WordModel.Bundled;

    /// <summary>
    /// The original of <paramref name="pairs"/> that its context makes most likely, by how much, and by how much more
    /// than the next one (infinite for a form with one original).
    /// </summary>
    private static (SpinPair Pair, float Preference, float Margin) MostLikely(ReadOnlySpan<char> text, int at, SpinPair[] pairs)
    {
        var spun = pairs[0].Spun;
        var left = at;
        while (left > 0 && at - left < ContextWidth && Han.Is(text[left - 1]))
        {
            left--;
        }

        var end = at + spun.Length;
        var right = end;
        while (right < text.Length && right - end < ContextWidth && Han.Is(text[right]))
        {
            right++;
        }

        var longestOriginal = pairs.Max(p => p.Original.Length);
        Span<char> window = stackalloc char[(at - left) + Math.Max(spun.Length, longestOriginal) + (right - end)];
        text[left..at].CopyTo(window);
        var asWritten = Model.Score(text[left..right]);
        var best = (Pair: pairs[0], Preference: float.NegativeInfinity);
        var second = float.NegativeInfinity;
        foreach (var pair in pairs)
        {
            var original = pair.Original.AsSpan();
            var slash = original.IndexOf('/');
            if (slash >= 0)
            {
                original = original[..slash];
            }

            original.CopyTo(window[(at - left)..]);
            text[end..right].CopyTo(window[((at - left) + original.Length)..]);
            var preference = Model.Score(window[..((at - left) + original.Length + (right - end))]) - asWritten;
            if (preference > best.Preference)
            {
                second = best.Preference;
                best = (pair, preference);
            }
            else
            {
                second = Math.Max(second, preference);
            }
        }

        return (best.Pair, best.Preference, best.Preference - second);
    }
}
