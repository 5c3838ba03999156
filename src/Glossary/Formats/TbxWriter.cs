using System.Text;
using System.Xml;
using Glossary.Terms;

namespace Glossary.Formats;

// Writes TBX-Basic v2 (martif › termEntry › langSet › tig): one concept per entry, the Chinese forms with the
// entry's pinyin on the headword, the English glosses with the definition; statuses as TBX-Basic's picklist. The
// glossary's comments are paragraphs of the header's source description, after the line naming this writer.
internal static class TbxWriter
{
    /// <summary>The paragraph naming this writer; the reader knows it and does not take it for a comment.</summary>
    public const string Generator = "Written by Glossary (TBX-Basic v2)";

    public static void Write(Stream stream, IEnumerable<TermEntry> entries, IEnumerable<string> comments)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true, IndentChars = "  ", NewLineChars = "\n",
        };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("martif");
        xml.WriteAttributeString("type", "TBX-Basic");
        xml.WriteAttributeString("xml", "lang", null, "en");
        xml.WriteStartElement("martifHeader");
        xml.WriteStartElement("fileDesc");
        xml.WriteStartElement("sourceDesc");
        xml.WriteElementString("p", Generator);
        foreach (var comment in comments)
        {
            xml.WriteElementString("p", comment);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("encodingDesc");
        xml.WriteStartElement("p");
        xml.WriteAttributeString("type", "XCSURI");
        xml.WriteString("TBXBasicXCSV02.xcs");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("text");
        xml.WriteStartElement("body");
        var id = 0;
        foreach (var entry in entries)
        {
            xml.WriteStartElement("termEntry");
            xml.WriteAttributeString("id", $"c{++id}");
            if (entry.Note is not null)
            {
                xml.WriteElementString("note", entry.Note);
            }

            WriteLanguage(xml, "zh", entry.Forms, entry.Pinyin, definition: null);
            WriteLanguage(xml, "en", entry.Translations, pinyin: null, entry.Definition);
            xml.WriteEndElement();
        }

        xml.WriteEndDocument();
    }

    private static void WriteLanguage(XmlWriter xml, string language, IReadOnlyList<Designation> terms, string? pinyin, string? definition)
    {
        xml.WriteStartElement("langSet");
        xml.WriteAttributeString("xml", "lang", null, language);
        if (definition is not null)
        {
            WriteTyped(xml, "descrip", "definition", definition);
        }

        foreach (var term in terms)
        {
            xml.WriteStartElement("tig");
            xml.WriteElementString("term", term.Text);
            if (term.PartOfSpeech is not null)
            {
                WriteTyped(xml, "termNote", "partOfSpeech", term.PartOfSpeech);
            }

            if (StatusNames.TbxAdministrative(term.Status) is { } status)
            {
                WriteTyped(xml, "termNote", "administrativeStatus", status);
            }

            // TBX-Basic has no "forbidden": importers read deprecatedTerm-admn-sts, and this note keeps the difference.
            if (term.Status == TermStatus.Forbidden)
            {
                WriteTyped(xml, "termNote", "usageStatus", "forbidden");
            }

            if (pinyin is not null && ReferenceEquals(term, terms[0]))
            {
                WriteTyped(xml, "termNote", "pronunciation", pinyin);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteTyped(XmlWriter xml, string element, string type, string value)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("type", type);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
