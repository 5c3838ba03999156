using System.Globalization;

namespace Glossary.Reading;

// Writes the text as paragraphs (one <p> per line, its line break kept in a hidden span, so the text container's
// textContent is the text exactly as written) cut into flat segments: a segment is a stretch covered by the same
// occurrences and the same substitution. Occurrences of different entries may nest or cross, and substitutions
// cross terms, so marks cannot always nest as elements; flat segments carry the numbers of what covers them
// (data-o: occurrences, outer first; data-s: the substitution), and an occurrence cut in two is two segments with
// one number. Likely deletions are empty elements (data-g) whose ‸ comes from the stylesheet.
internal sealed class PageText(PageModel model, TextWriter writer)
{
    private readonly string _text = model.View.Text;
    private readonly List<int> _active = [];
    private int _nextOccurrence;
    private int _nextSubstitution;
    private int _nextGap;

    /// <summary>Writes the paragraphs of text[start..end]; ranges must be written in increasing order.</summary>
    public void WriteParagraphs(int start, int end)
    {
        var at = start;
        while (at < end)
        {
            var lineEnd = _text.AsSpan(at, end - at).IndexOfAny('\r', '\n') is var i and >= 0 ? at + i : end;
            writer.Write(lineEnd == at ? "<p class=bl>" : "<p>");
            WriteLine(at, lineEnd);
            var breakLength = lineEnd == end ? 0 : _text[lineEnd] == '\r' && lineEnd + 1 < end && _text[lineEnd + 1] == '\n' ? 2 : 1;
            if (breakLength > 0)
            {
                // A carriage return as a reference: the HTML parser turns a raw one into a line feed.
                writer.Write("<span class=eol>");
                writer.Write(breakLength == 2 ? "&#13;\n" : _text[lineEnd] == '\r' ? "&#13;" : "\n");
                writer.Write("</span>");
            }

            writer.Write("</p>");
            at = lineEnd + breakLength;
        }
    }

    private void WriteLine(int start, int end)
    {
        var occurrences = model.Occurrences;
        var spin = model.View.Spin;
        var at = start;
        while (true)
        {
            WriteGaps(at);
            if (at >= end)
            {
                break;
            }

            _active.RemoveAll(o => occurrences[o].End <= at);
            while (_nextOccurrence < occurrences.Count && occurrences[_nextOccurrence].Offset <= at)
            {
                if (occurrences[_nextOccurrence].End > at)
                {
                    _active.Add(_nextOccurrence);
                }

                _nextOccurrence++;
            }

            while (spin is not null && _nextSubstitution < spin.Substitutions.Count && End(spin.Substitutions[_nextSubstitution]) <= at)
            {
                _nextSubstitution++;
            }

            var substitution = spin is not null && _nextSubstitution < spin.Substitutions.Count && spin.Substitutions[_nextSubstitution].Offset <= at
                ? _nextSubstitution
                : -1;

            // The segment ends where anything starts or ends, at a gap, or at the line's end.
            var next = end;
            foreach (var o in _active)
            {
                next = Math.Min(next, occurrences[o].End);
            }

            if (_nextOccurrence < occurrences.Count)
            {
                next = Math.Min(next, occurrences[_nextOccurrence].Offset);
            }

            if (substitution >= 0)
            {
                next = Math.Min(next, End(spin!.Substitutions[substitution]));
            }
            else if (spin is not null && _nextSubstitution < spin.Substitutions.Count)
            {
                next = Math.Min(next, spin.Substitutions[_nextSubstitution].Offset);
            }

            if (spin is not null && _nextGap < spin.Gaps.Count && spin.Gaps[_nextGap].Offset > at)
            {
                next = Math.Min(next, spin.Gaps[_nextGap].Offset);
            }

            WriteSegment(at, Math.Max(next, at + 1), substitution);
            at = Math.Max(next, at + 1);
        }
    }

    private void WriteSegment(int start, int end, int substitution)
    {
        if (_active.Count == 0 && substitution < 0)
        {
            WriteEscaped(start, end);
            return;
        }

        writer.Write("<span");
        if (_active.Count > 0)
        {
            writer.Write(_active.Count == 1 ? " data-o=" : " data-o=\"");
            for (var i = 0; i < _active.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(' ');
                }

                writer.Write(_active[i].ToString(CultureInfo.InvariantCulture));
            }

            if (_active.Count > 1)
            {
                writer.Write('"');
            }
        }

        var classes = new List<string>(3);
        if (_active.Count > 0 && _active.TrueForAll(o => model.Occurrences[o].IsWord))
        {
            classes.Add("w");
        }

        if (substitution >= 0)
        {
            writer.Write(" data-s=");
            writer.Write(substitution.ToString(CultureInfo.InvariantCulture));
            var s = model.View.Spin!.Substitutions[substitution];
            if (s.Kind == Spin.SpinKind.Inversion)
            {
                classes.Add("x");
            }

            if (!s.Restored)
            {
                classes.Add("p");
            }
        }

        if (classes.Count > 0)
        {
            writer.Write(classes.Count == 1 ? " class=" : " class=\"");
            writer.Write(string.Join(' ', classes));
            if (classes.Count > 1)
            {
                writer.Write('"');
            }
        }

        writer.Write('>');
        WriteEscaped(start, end);
        writer.Write("</span>");
    }

    private void WriteGaps(int at)
    {
        var gaps = model.View.Spin?.Gaps;
        while (gaps is not null && _nextGap < gaps.Count && gaps[_nextGap].Offset <= at)
        {
            writer.Write("<span class=gap data-g=");
            writer.Write(_nextGap.ToString(CultureInfo.InvariantCulture));
            writer.Write("></span>");
            _nextGap++;
        }
    }

    private void WriteEscaped(int start, int end) => Html.WriteText(writer, _text.AsSpan(start, end - start));

    private static int End(Spin.SpinSubstitution s) => s.Offset + s.Length;
}
