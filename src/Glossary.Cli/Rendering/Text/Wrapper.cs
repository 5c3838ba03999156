using System.Text;
using Spectre.Console;

namespace Glossary.Cli.Rendering.Text;

/// <summary>
/// Wraps styled text by display width (a Han character is two columns) into markup lines, so that a styled match
/// stays inline instead of jumping to a line of its own as whole-segment wrapping would do. Chinese breaks between
/// any two characters, other text at its spaces (a word longer than a line is cut); a styled piece that fits on a
/// line (a 【highlight】, a term) is never split, a note number stays with its term, closing punctuation
/// (。，、）」】…) never starts a line (it takes the character before it along) and opening punctuation (“（【《)
/// never ends one; a wrapped line does not start with the space it broke at, and a line break in the text is kept.
/// At <see cref="CliConsole.Unwrapped"/> width a line is never cut.
/// </summary>
internal static class Wrapper
{
    // Characters a line must not start with (the usual kinsoku set for Chinese).
    private const string NoLineStart = "。，、；：？！）」』】〕〉》”’…—·.,;:?!)]}%";

    // Characters a line must not end with.
    private const string NoLineEnd = "（「『【〔〈《“‘([{";

    /// <summary>Lines from pieces of text with their styles (Spectre style markup, or none).</summary>
    public static IEnumerable<string> Lines(IEnumerable<(string Text, string? Style)> pieces, int width) =>
        Lines(pieces, width, keepStyledWhole: true);

    /// <summary>
    /// Lines from one line of markup: what a styled stretch is (a gloss, a label) does not matter here, so it breaks
    /// at its spaces like the rest.
    /// </summary>
    public static IEnumerable<string> Lines(string markup, int width) =>
        width > CliConsole.Unwrapped / 2 && !markup.Contains('\n', StringComparison.Ordinal)
            ? [markup]
            : Lines(AnsiMarkup.Parse(markup, null).Select(s => (s.Text, s.Style.Equals(Style.Plain) ? null : s.Style.ToMarkup())), width, keepStyledWhole: false);

    private static IEnumerable<string> Lines(IEnumerable<(string Text, string? Style)> pieces, int width, bool keepStyledWhole)
    {
        var line = new StringBuilder();
        if (width > CliConsole.Unwrapped / 2)
        {
            // Output that is not wrapped (the unwrapped width less an indent): no character needs measuring.
            foreach (var (text, style) in pieces)
            {
                var parts = text.Split('\n');
                for (var p = 0; p < parts.Length; p++)
                {
                    if (p > 0)
                    {
                        yield return line.ToString();
                        line.Clear();
                    }

                    var part = p < parts.Length - 1 && parts[p].EndsWith('\r') ? parts[p][..^1] : parts[p];
                    line.Append(Styled(part, style));
                }
            }

            yield return line.ToString();
            yield break;
        }

        // Spaces wait until a word follows them on the same line: a line neither ends nor (once wrapped) starts with
        // the spaces it was broken at.
        var list = pieces as IReadOnlyList<(string Text, string? Style)> ?? [.. pieces];
        var atoms = Atoms(list, width, keepStyledWhole);
        var writer = new LineWriter(list, line);
        var used = 0;
        var broken = false;
        var spaces = new List<Atom>();
        var spacesWidth = 0;
        for (var i = 0; i < atoms.Count;)
        {
            var end = i + 1;
            var unitWidth = atoms[i].Width;
            for (; end < atoms.Count && atoms[end].Glued; end++)
            {
                unitWidth += atoms[end].Width;
            }

            var kind = atoms[i].Kind;
            if (kind == AtomKind.Space)
            {
                if (!broken || used > 0)
                {
                    spaces.Add(atoms[i]);
                    spacesWidth += unitWidth;
                }
            }
            else
            {
                if (kind == AtomKind.LineBreak || (used + spacesWidth + unitWidth > width && used + spacesWidth > 0))
                {
                    yield return writer.Take();
                    (used, broken) = (0, kind != AtomKind.LineBreak);
                    spaces.Clear();
                    spacesWidth = 0;
                }

                if (kind != AtomKind.LineBreak)
                {
                    spaces.ForEach(writer.Append);
                    for (var k = i; k < end; k++)
                    {
                        writer.Append(atoms[k]);
                    }

                    used += spacesWidth + unitWidth;
                    spaces.Clear();
                    spacesWidth = 0;
                }
            }

            i = end;
        }

        yield return writer.Take();
    }

    // What may not be split, as atoms glued to the one before: a styled piece that fits a line (when kept whole), else
    // a word of narrow characters that fits, a space, a line break, or one character (a surrogate pair whole); each
    // with the closing punctuation after it. Atoms point into the pieces: no string is made per character.
    private static List<Atom> Atoms(IReadOnlyList<(string Text, string? Style)> pieces, int width, bool keepStyledWhole)
    {
        var atoms = new List<Atom>();
        for (var p = 0; p < pieces.Count; p++)
        {
            var (text, style) = pieces[p];
            if (text.Length == 0)
            {
                continue;
            }

            if (keepStyledWhole && style is not null && !text.Contains('\n', StringComparison.Ordinal) && Width(text) is var whole && whole <= width)
            {
                // A note number ([3]) stays with the term before it.
                Add(atoms, pieces, new Atom(p, 0, text.Length, whole, AtomKind.Text, Glued: false), glue: text[0] == '[');
                continue;
            }

            for (var i = 0; i < text.Length;)
            {
                var (length, kind) = Token(text, i);
                var tokenWidth = kind != AtomKind.Text ? (kind == AtomKind.Space ? 1 : 0) : Width(text.AsSpan(i, length));
                if (tokenWidth > width && length > 1)
                {
                    for (var k = i; k < i + length; k++)
                    {
                        Add(atoms, pieces, new Atom(p, k, 1, Width(text[k]), kind, Glued: false)); // a word longer than a line is cut where it must be
                    }
                }
                else
                {
                    Add(atoms, pieces, new Atom(p, i, length, tokenWidth, kind, Glued: false));
                }

                i += length;
            }
        }

        return atoms;
    }

    // The token at i: a line break (\r\n or \n), a space, a word (see IsWordCharacter), or one other character.
    private static (int Length, AtomKind Kind) Token(string text, int i)
    {
        if (text[i] == '\n' || (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
        {
            return (text[i] == '\r' ? 2 : 1, AtomKind.LineBreak);
        }

        if (char.IsWhiteSpace(text[i]))
        {
            return (1, AtomKind.Space);
        }

        var end = i;
        while (end < text.Length && IsWordCharacter(text[end]))
        {
            end++;
        }

        return end > i ? (end - i, AtomKind.Text) : (char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1, AtomKind.Text);
    }

    // A character of a word that breaks only at spaces: narrow, and not the typographic punctuation Chinese shares
    // with English (“”‘’…—·, one column each), which the rules for Chinese place.
    private static bool IsWordCharacter(char c) =>
        !char.IsWhiteSpace(c) && !char.IsSurrogate(c) && Width(c) == 1
        && (char.IsAscii(c) || !(NoLineStart.Contains(c, StringComparison.Ordinal) || NoLineEnd.Contains(c, StringComparison.Ordinal)));

    private static void Add(List<Atom> atoms, IReadOnlyList<(string Text, string? Style)> pieces, Atom atom, bool glue = false)
    {
        var previous = atoms.Count > 0 ? atoms[^1] : default;
        var glued = atom.Kind == AtomKind.Text && atoms.Count > 0 && previous.Kind == AtomKind.Text
            && (glue || NoLineStart.Contains(pieces[atom.Piece].Text[atom.Start], StringComparison.Ordinal)
                || NoLineEnd.Contains(pieces[previous.Piece].Text[previous.Start + previous.Length - 1], StringComparison.Ordinal));
        atoms.Add(atom with { Glued = glued });
    }

    // Display widths as Spectre counts them, remembered per UTF-16 code unit (0: not yet asked, else width + 1):
    // Spectre's look-up costs a table search per call, and wrapping asks it for every character of every line.
    private static readonly byte[] Widths = new byte[char.MaxValue + 1];

    private static int Width(char c)
    {
        var known = Widths[c];
        if (known == 0)
        {
            Widths[c] = known = (byte)(Math.Clamp(c.GetCellWidth(), 0, 2) + 1);
        }

        return known - 1;
    }

    private static int Width(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text.ToString().GetCellWidth(); // a character beyond the BMP is measured whole
        }

        var width = 0;
        foreach (var c in text)
        {
            width += Width(c);
        }

        return width;
    }

    private static string Styled(string text, string? style) =>
        style is null || text.Length == 0 ? Markup.Escape(text) : $"[{style}]{Markup.Escape(text)}[/]";

    private enum AtomKind
    {
        Text,
        Space,
        LineBreak,
    }

    private readonly record struct Atom(int Piece, int Start, int Length, int Width, AtomKind Kind, bool Glued);

    // Builds a line's markup from atoms: neighbouring atoms of one piece become one escaped run under one style tag.
    private sealed class LineWriter(IReadOnlyList<(string Text, string? Style)> pieces, StringBuilder line)
    {
        private int _piece = -1;
        private int _start;
        private int _end;

        public void Append(Atom atom)
        {
            if (atom.Piece != _piece || atom.Start != _end)
            {
                Flush();
                (_piece, _start) = (atom.Piece, atom.Start);
            }

            _end = atom.Start + atom.Length;
        }

        public string Take()
        {
            Flush();
            var text = line.ToString();
            line.Clear();
            return text;
        }

        private void Flush()
        {
            if (_piece >= 0 && _end > _start)
            {
                var (text, style) = pieces[_piece];
                line.Append(Styled(text[_start.._end], style));
            }

            _piece = -1;
        }
    }
}
