using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Glossary.Bilingual;

// The text of a segment with inline markup, as a reader of the sentence sees it: formatting that wraps text keeps
// the text (TMX hi; XLIFF 1.2 g, mrk; XLIFF 2 pc, mrk), native code is dropped (TMX and XLIFF 1.2 bpt, ept, it, ph,
// ut; their sub elements hold text and keep it), placeholders and markers are empty (XLIFF x, bx, ex; sc, ec, sm, em;
// XLIFF 2's ph, an empty element, falls under native code). An element the rules do not name keeps its text.
// XLIFF 2's cp stands for a character XML cannot hold.
internal static class InlineText
{
    private static readonly HashSet<string> NativeCode = new(StringComparer.Ordinal) { "bpt", "ept", "it", "ph", "ut" };
    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal) { "x", "bx", "ex", "sc", "ec", "sm", "em" };

    public static string Of(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        Append(element, text);
        return text.ToString();
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t: // also CDATA
                    text.Append(t.Value);
                    break;
                case XElement e when e.Name.LocalName == "cp":
                    if (int.TryParse((string?)e.Attribute("hex"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                        && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                    {
                        text.Append(char.ConvertFromUtf32(code));
                    }

                    break;
                case XElement e when Empty.Contains(e.Name.LocalName):
                    break;
                case XElement e when NativeCode.Contains(e.Name.LocalName):
                    foreach (var sub in e.Descendants().Where(d => d.Name.LocalName == "sub"))
                    {
                        Append(sub, text);
                    }

                    break;
                case XElement e:
                    Append(e, text);
                    break;
            }
        }
    }
}
