using System.Xml;
using System.Xml.Linq;
using Glossary.Errors;
using Glossary.Text;

namespace Glossary.Bilingual;

// TMX 1.1 to 1.4b: tmx › header (srclang, which may be *all*) › body › tu (tuid) › tuv (xml:lang, or TMX 1.1's
// lang) › seg. A unit's texts are listed source language first. Units are read one at a time, so a memory of any size
// holds one unit's XML in memory at once.
internal static class TmxReader
{
    public static BilingualDocument Read(Stream stream, IssueLog log)
    {
        var units = new List<TranslationUnit>();
        string? sourceLanguage = null;
        try
        {
            using var reader = XmlInput.Open(stream);
            var lines = (IXmlLineInfo)reader;
            reader.MoveToContent();
            if (reader.LocalName != "tmx")
            {
                throw log.Fatal($"not a TMX file: the root element is <{reader.Name}>, expected <tmx>", lines.LineNumber);
            }

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                var line = lines.LineNumber;
                switch (reader.LocalName)
                {
                    case "header":
                        var source = reader.GetAttribute("srclang");
                        sourceLanguage = source is null || source == "*all*" ? null : source;
                        reader.Read();
                        break;
                    case "tu":
                        ReadUnit((XElement)XNode.ReadFrom(reader), line, sourceLanguage, units, log);
                        break;
                    default:
                        reader.Read();
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            XmlInput.ReportBreak(log, e, units.Count);
        }

        return new BilingualDocument(log.Source, BilingualFormat.Tmx, sourceLanguage, null, units, log.Issues, Terms.TermBase.Empty);
    }

    private static void ReadUnit(XElement unit, int line, string? sourceLanguage, List<TranslationUnit> units, IssueLog log)
    {
        var id = (string?)unit.Attribute("tuid") is { Length: > 0 } tuid ? tuid : (units.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var texts = new List<UnitText>();
        foreach (var variant in unit.Elements().Where(e => e.Name.LocalName == "tuv"))
        {
            var language = (string?)variant.Attribute(XNamespace.Xml + "lang") ?? (string?)variant.Attribute("lang");
            var segment = variant.Elements().FirstOrDefault(e => e.Name.LocalName == "seg");
            if (language is null || segment is null)
            {
                log.Report(LineOf(variant, line), $"unit '{id}' has a <tuv> without {(language is null ? "a language (xml:lang)" : "a <seg>")}", "that variant skipped");
                continue;
            }

            texts.Add(new UnitText(language, InlineText.Of(segment)));
        }

        if (texts.Count == 0)
        {
            log.Report(line, $"unit '{id}' has no text in any language", "unit skipped");
            return;
        }

        // The source language first, whatever order the file lists the variants in.
        var first = sourceLanguage is null ? -1 : texts.FindIndex(t => string.Equals(t.Language, sourceLanguage, StringComparison.OrdinalIgnoreCase));
        if (first > 0)
        {
            var source = texts[first];
            texts.RemoveAt(first);
            texts.Insert(0, source);
        }

        var notes = unit.Elements()
            .Where(e => e.Name.LocalName is "note" or "prop")
            .Select(e => e.Name.LocalName == "prop" ? $"{(string?)e.Attribute("type")}: {e.Value.Trim()}" : e.Value.Trim())
            .Where(n => n.Length > 0)
            .ToList();
        units.Add(new TranslationUnit(id, line, texts, notes, state: null));
    }

    private static int LineOf(XElement element, int fallback) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : fallback;
}
