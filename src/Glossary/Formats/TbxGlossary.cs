using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Glossary.Formats;

// TBX (ISO 30042), read with System.Xml and matched by local name, so v2 (martif › termEntry › langSet › tig|ntig)
// and v3 (tbx › conceptEntry › langSec › termSec) read alike, whatever namespace a tool puts them in, and v3's
// dialect elements (<min:partOfSpeech>) count like the <termNote type="partOfSpeech"> they stand for.
//
// Safety: a DOCTYPE is skipped, never fetched; nothing external is resolved; declared entities are never expanded,
// so a reference to one (an XXE payload, an entity bomb) is an error rather than a file read or a memory blow-up.
internal static partial class TbxGlossary
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    private static readonly string[] StatusCategories = ["administrativeStatus", "usageStatus", "normativeAuthorization", "status", "termStatus"];

    public static List<TermEntry> Read(Stream stream, IssueLog log)
    {
        // An XML declaration may name a legacy encoding (GB2312, GBK, Big5): make the code pages known to the reader.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var entries = new List<TermEntry>();
        var languages = new List<string>();
        var problems = new List<(int Line, string Reason, string Consequence, int Column)>(); // reported in file order once the file is read
        var anyChinese = false;
        try
        {
            using var reader = XmlReader.Create(stream, ReaderSettings);
            var lineInfo = (IXmlLineInfo)reader;
            reader.MoveToContent();
            if (reader.LocalName is not ("martif" or "tbx"))
            {
                throw log.Fatal($"not a TBX file: the root element is <{reader.Name}>, expected <martif> (TBX v2) or <tbx> (TBX v3)", lineInfo.LineNumber);
            }

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "termEntry" or "conceptEntry")
                {
                    var line = lineInfo.LineNumber;
                    var element = (XElement)XNode.ReadFrom(reader);
                    anyChinese |= ReadEntry(element, line, entries, languages, problems, log);
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException e)
        {
            var reason = UndeclaredEntity().Match(e.Message) is { Success: true } entity
                ? $"the file refers to the entity &{entity.Groups[1].Value}; declared in its DOCTYPE: entities are never expanded, for safety (XXE, entity bombs); replace it with the text it stands for"
                : $"the XML is not well-formed: {Position().Replace(e.Message, string.Empty).TrimEnd()}";
            if (entries.Count == 0)
            {
                throw log.Fatal(reason, e.LineNumber, e.LinePosition, e);
            }

            problems.Add((e.LineNumber, reason, "the entries before it are kept", e.LinePosition));
        }

        if (!anyChinese && problems.Count > 0 && languages.Count > 0)
        {
            throw log.Fatal(
                $"the file holds no Chinese terms, only {string.Join(", ", languages)} (Chinese is zh, zh-CN, zh-Hans, zh-TW or zh-Hant)");
        }

        foreach (var (line, reason, consequence, column) in problems)
        {
            log.Report(line, reason, consequence, column);
        }

        return entries;
    }

    public static void Write(Stream stream, IEnumerable<TermEntry> entries)
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
        xml.WriteElementString("p", "Written by Glossary (TBX-Basic v2)");
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

    // Reads one concept; returns whether it has a Chinese term. Problems are queued, not reported, so that they are
    // reported in file order after the whole file has been seen (and a file without any Chinese is one error).
    private static bool ReadEntry(XElement entry, int line, List<TermEntry> entries, List<string> languages,
        List<(int, string, string, int)> problems, IssueLog log)
    {
        var kept = new List<XElement>(); // the language sets read: notes and definitions of other languages are not ours
        var forms = new List<Designation>();
        var translations = new List<Designation>();
        var here = new List<string>();
        string? pinyin = null;
        foreach (var langSet in entry.Elements().Where(e => e.Name.LocalName is "langSet" or "langSec"))
        {
            var language = LanguageOf(langSet);
            AddDistinct(languages, language);
            AddDistinct(here, language);
            var target = IsChinese(language) ? forms : IsEnglish(language) ? translations : null;
            if (target is null)
            {
                continue;
            }

            kept.Add(langSet);

            foreach (var holder in langSet.Descendants().Where(e => e.Name.LocalName is "tig" or "ntig" or "termSec"))
            {
                var term = holder.Descendants().FirstOrDefault(e => e.Name.LocalName == "term")?.Value.Trim();
                if (string.IsNullOrEmpty(term))
                {
                    continue;
                }

                var designation = new Designation(term);
                foreach (var (category, value) in Data(holder))
                {
                    if (category == "partOfSpeech")
                    {
                        designation = designation with { PartOfSpeech = designation.PartOfSpeech ?? value };
                    }
                    else if (StatusCategories.Contains(category, StringComparer.OrdinalIgnoreCase) && StatusNames.Parse(value) is { } status)
                    {
                        designation = designation with { Status = StatusNames.MoreSevere(designation.Status, status) };
                    }
                    else if (category == "pronunciation" && target == forms)
                    {
                        pinyin ??= value;
                    }
                }

                if (!target.Exists(d => d.Text == term))
                {
                    target.Add(designation);
                }
            }
        }

        var name = (string?)entry.Attribute("id") is { } id ? $"entry '{id}'" : "the entry";
        if (forms.Count == 0)
        {
            problems.Add((line, $"{name} has no Chinese term (it holds {string.Join(", ", here)})", "entry skipped", 0));
            return false;
        }

        if (translations.Count == 0)
        {
            problems.Add((line, $"{name} ({forms[0].Text}) has no English term (it holds {string.Join(", ", here)})", "entry skipped", 0));
            return true;
        }

        // The concept's own notes and definition, then those of the English and Chinese language sets; never those
        // of a language the glossary leaves out. An English definition is preferred.
        var conceptLevel = entry.Elements().Where(e => e.Name.LocalName is not ("langSet" or "langSec")).ToList();
        var notes = conceptLevel.Concat(kept.SelectMany(k => k.Descendants()))
            .Where(e => e.Name.LocalName == "note").Select(e => Flatten(e.Value)).Where(n => n.Length > 0).Distinct().ToList();
        var english = kept.Where(k => IsEnglish(LanguageOf(k)));
        var definition = Data(english.Concat(conceptLevel).Concat(kept).SelectMany(e => e.DescendantsAndSelf()))
            .FirstOrDefault(d => d.Category == "definition").Value;
        entries.Add(new TermEntry(forms, translations)
        {
            Pinyin = pinyin,
            Note = notes.Count == 0 ? null : string.Join("; ", notes),
            Definition = definition,
            Source = log.Source,
        });
        return true;
    }

    private static string LanguageOf(XElement langSet) =>
        (string?)langSet.Attribute(XNamespace.Xml + "lang") ?? (string?)langSet.Attribute("lang") ?? "(none)";

    // The typed data under an element: <termNote type="x">v</termNote>, <descrip type="x">, <admin type="x">, and
    // TBX v3 dialect elements named after their category (<min:partOfSpeech>v</min:partOfSpeech>).
    private static IEnumerable<(string Category, string Value)> Data(XElement element) => Data(element.Descendants());

    private static IEnumerable<(string Category, string Value)> Data(IEnumerable<XElement> elements) =>
        elements
            .Where(e => !e.HasElements && e.Name.LocalName is not ("term" or "note"))
            .Select(e => (Category: e.Name.LocalName is "termNote" or "descrip" or "admin" ? (string?)e.Attribute("type") ?? string.Empty : e.Name.LocalName,
                Value: Flatten(e.Value)))
            .Where(d => d.Category.Length > 0 && d.Value.Length > 0);

    // Line breaks and indentation inside an element are layout, not content.
    private static string Flatten(string value) => Whitespace().Replace(value.Trim(), " ");

    private static bool IsChinese(string language) => HasPrimaryTag(language, "zh", "zho", "chi", "cmn");

    private static bool IsEnglish(string language) => HasPrimaryTag(language, "en", "eng");

    // zh, zh-CN, zh_Hans: the primary subtag decides, so zha (Zhuang) is not zh.
    private static bool HasPrimaryTag(string language, params ReadOnlySpan<string> tags)
    {
        var end = language.AsSpan().IndexOfAny('-', '_');
        var primary = end < 0 ? language.AsSpan() : language.AsSpan(0, end);
        foreach (var tag in tags)
        {
            if (primary.Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    [GeneratedRegex(@"undeclared entity '([^']*)'", RegexOptions.IgnoreCase)]
    private static partial Regex UndeclaredEntity();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex Position();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
