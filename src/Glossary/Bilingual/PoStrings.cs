using System.Globalization;
using System.Text;

namespace Glossary.Bilingual;

// PO strings are C string literals; a string that is not one (no closing quote) is null, and the line is reported.
internal static class PoStrings
{
    // A C string literal: "…" with \n \t \\ \" and octal or hex escapes.
    public static string? Unquote(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            return null;
        }

        var text = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\' || i + 1 >= quoted.Length - 1)
            {
                text.Append(c);
                continue;
            }

            var next = quoted[++i];
            switch (next)
            {
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'r': text.Append('\r'); break;
                case 'a': text.Append('\a'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'v': text.Append('\v'); break;
                case 'x' when i + 2 < quoted.Length && int.TryParse(quoted.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex):
                    text.Append((char)hex);
                    i += 2;
                    break;
                case >= '0' and <= '7':
                    var end = i;
                    while (end < quoted.Length - 1 && end - i < 3 && quoted[end] is >= '0' and <= '7')
                    {
                        end++;
                    }

                    text.Append((char)Convert.ToInt32(quoted[i..end], 8));
                    i = end - 1;
                    break;
                default:
                    text.Append(next); // \\ \" \' \?
                    break;
            }
        }

        return text.ToString();
    }
}
