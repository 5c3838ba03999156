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
    /// than the next one (infinite for a form with one original): by word frequencies alone (<c>Words</c>, what judging
    /// was calibrated on) and, when <paramref name="company"/> is set, weighing each word by the one before it too
    /// (<c>Company</c>, what restoring decides on; otherwise the same as <c>Words</c>).
    /// </summary>
    private static (Reading Words, Reading Company) MostLikely(ReadOnlySpan<char> text, int at, SpinPair[] pairs, bool company)
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

        // Whether the window starts or ends where the run of Han characters does (at punctuation, Latin text or the
        // text's edge) rather than where the width cut it: a run's first word is weighed as such.
        var startsRun = left == 0 || !Han.Is(text[left - 1]);
        var endsRun = right == text.Length || !Han.Is(text[right]);
        var longestOriginal = pairs.Max(p => p.Original.Length);
        Span<char> window = stackalloc char[(at - left) + Math.Max(spun.Length, longestOriginal) + (right - end)];
        text[left..at].CopyTo(window);
        var words = new Choice(Model.Score(text[left..right]));
        var pairsToo = new Choice(company ? Model.Score(text[left..right], startsRun, endsRun) : 0);
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
            var restored = window[..((at - left) + original.Length + (right - end))];
            words.Consider(pair, Model.Score(restored));
            if (company)
            {
                pairsToo.Consider(pair, Model.Score(restored, startsRun, endsRun));
            }
        }

        return (words.Best, company ? pairsToo.Best : words.Best);
    }

    /// <summary>
    /// An original chosen by its context: how much likelier the text reads with it than as written (natural log), and
    /// than with the next original.
    /// </summary>
    private readonly record struct Reading(SpinPair Pair, float Preference, float Margin);

    // The best and second-best originals of one reading, as each is scored.
    private struct Choice(float asWritten)
    {
        private SpinPair? _pair;
        private float _best = float.NegativeInfinity;
        private float _second = float.NegativeInfinity;

        public readonly Reading Best => new(_pair!, _best, _best - _second);

        public void Consider(SpinPair pair, float score)
        {
            var preference = score - asWritten;
            if (preference > _best)
            {
                (_second, _best, _pair) = (_best, preference, pair);
            }
            else
            {
                _second = Math.Max(_second, preference);
            }
        }
    }
}
