using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Glossary.Errors;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Bilingual;

// XLIFF 1.2 and 2.x, told apart by the root's version. Both are read one unit element at a time.
//
// 1.2: xliff › file (source-language, target-language) › body › group* › trans-unit (id, approved) › source, target
// (state), seg-source; a trans-unit segmented by seg-source's <mrk mtype="seg" mid> gives one unit per segment,
// matched to the target's segment of the same mid.
// 2.x: xliff (srcLang, trgLang) › file › group* › unit (id) › segment (id, state) › source, target; ignorable holds
// the white space between segments and is not a unit. A unit's glossary (gls:glossary › gls:glossEntry › gls:term,
// gls:translation, gls:definition) becomes entries of the document's term base.
internal static class XliffReader
{
    public static BilingualDocument Read(Stream stream, IssueLog log)
    {
        var units = new List<TranslationUnit>();
        var entries = new List<TermEntry>();
        string? sourceLanguage = null;
        string? targetLanguage = null;
        var version = "1.2";
        try
        {
            using var reader = XmlInput.Open(stream);
            var lines = (IXmlLineInfo)reader;
            reader.MoveToContent();
            if (reader.LocalName != "xliff")
            {
                throw log.Fatal($"not an XLIFF file: the root element is <{reader.Name}>, expected <xliff>", lines.LineNumber);
            }

            version = reader.GetAttribute("version") ?? (reader.NamespaceURI.Contains(":2.", StringComparison.Ordinal) ? "2.0" : "1.2");
            var two = version.StartsWith('2');
            sourceLanguage = reader.GetAttribute("srcLang");
            targetLanguage = reader.GetAttribute("trgLang");
            if (two && sourceLanguage is null)
            {
                log.Report(lines.LineNumber, "the <xliff> element has no srcLang (XLIFF 2 requires it)", "the source language is unknown", lines.LinePosition);
            }

            // XLIFF 2: the core constraints are checked as the units stream by (Xliff2Checks says how).
            var checks = two ? new Xliff2Checks(log, reader.NamespaceURI) : null;
            checks?.Open(reader);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (checks is not null && reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "file" or "group")
                    {
                        checks.Close();
                    }

                    reader.Read();
                    continue;
                }

                var line = lines.LineNumber;
                if (!two && reader.LocalName == "file")
                {
                    sourceLanguage ??= reader.GetAttribute("source-language");
                    targetLanguage ??= reader.GetAttribute("target-language");
                    reader.Read();
                }
                else if (!two && reader.LocalName == "trans-unit")
                {
                    ReadTransUnit((XElement)XNode.ReadFrom(reader), line, sourceLanguage ?? "und", targetLanguage ?? "und", units, log);
                }
                else if (checks is not null && reader.LocalName is "file" or "group")
                {
                    checks.Open(reader);
                    reader.Read();
                }
                else if (checks is not null && reader.LocalName == "unit")
                {
                    var unit = ReadWithLines(reader);
                    checks.Unit(unit);
                    ReadUnit(unit, line, sourceLanguage ?? "und", targetLanguage ?? "und", units, entries, log);
                }
                else if (checks is not null)
                {
                    checks.Child(ReadWithLines(reader));
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException e)
        {
            XmlInput.ReportBreak(log, e, units.Count);
        }

        var terms = entries.Count == 0 ? TermBase.Empty : new TermBase(entries);
        return new BilingualDocument(log.Source, BilingualFormat.Xliff, sourceLanguage, targetLanguage, units, log.Issues, terms);
    }

    // translate="no" on the unit is kept as the unit's state, so a checker can skip what was never meant to be
    // translated. Units are read one at a time, without their group: a group's or file's translate="no" is not seen.
    internal const string NoTranslate = "translate=no";

    private static bool NotForTranslation(XElement unit) =>
        (string?)unit.Attribute("translate") == "no";

    private static void ReadTransUnit(XElement unit, int line, string sourceLanguage, string targetLanguage, List<TranslationUnit> units, IssueLog log)
    {
        var id = Id(unit, units);
        var source = Child(unit, "source");
        if (source is null)
        {
            log.Report(line, $"trans-unit '{id}' has no <source>", "unit skipped");
            return;
        }

        var target = Child(unit, "target");
        var state = NotForTranslation(unit) ? NoTranslate
            : (string?)unit.Attribute("approved") == "yes" ? "approved" : (string?)target?.Attribute("state");
        var notes = Notes(unit);
        var segmented = Child(unit, "seg-source") is { } segSource ? Segments(segSource) : [];
        if (segmented.Count == 0)
        {
            units.Add(new TranslationUnit(id, line, Texts(sourceLanguage, source, targetLanguage, target), notes, state));
            return;
        }

        var targets = target is null ? [] : Segments(target);
        foreach (var (mid, segment) in segmented)
        {
            var translated = targets.FirstOrDefault(t => t.Id == mid).Element;
            units.Add(new TranslationUnit($"{id}#{mid}", line, Texts(sourceLanguage, segment, targetLanguage, translated), notes, state));
        }
    }

    private static void ReadUnit(XElement unit, int line, string sourceLanguage, string targetLanguage, List<TranslationUnit> units,
        List<TermEntry> entries, IssueLog log)
    {
        var id = Id(unit, units);
        var notes = Notes(unit);
        var segments = unit.Elements().Where(e => e.Name.LocalName == "segment").ToList();
        if (segments.Count == 0)
        {
            log.Report(line, $"unit '{id}' has no <segment>", "unit skipped");
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var segmentId = segments.Count == 1 ? id : $"{id}#{(string?)segment.Attribute("id") ?? (i + 1).ToString(CultureInfo.InvariantCulture)}";
            if (Child(segment, "source") is not { } source)
            {
                log.Report(line, $"segment '{segmentId}' has no <source>", "segment skipped");
                continue;
            }

            var target = Child(segment, "target");
            units.Add(new TranslationUnit(segmentId, line, Texts(sourceLanguage, source, (string?)target?.Attribute(XNamespace.Xml + "lang") ?? targetLanguage, target),
                notes, NotForTranslation(unit) ? NoTranslate : (string?)segment.Attribute("state")));
        }

        foreach (var entry in unit.Descendants().Where(e => e.Name.LocalName == "glossEntry"))
        {
            if (GlossEntry(entry, sourceLanguage, targetLanguage, log.Source) is { } read)
            {
                entries.Add(read);
            }
        }
    }

    // A glossary entry of the unit: the term in the source language, its translations in the target; the Chinese side
    // becomes the entry's term, as everywhere in this library.
    private static TermEntry? GlossEntry(XElement entry, string sourceLanguage, string targetLanguage, string source)
    {
        var term = Child(entry, "term")?.Value.Trim();
        var translations = entry.Elements().Where(e => e.Name.LocalName == "translation").Select(e => e.Value.Trim()).Where(t => t.Length > 0).ToList();
        if (string.IsNullOrEmpty(term) || translations.Count == 0)
        {
            return null;
        }

        var definition = Child(entry, "definition")?.Value.Trim();
        var chineseTarget = LanguageTags.IsChinese(targetLanguage) && !LanguageTags.IsChinese(sourceLanguage);
        var forms = chineseTarget ? translations : [term];
        var glosses = chineseTarget ? [term] : translations;
        return new TermEntry(forms.Select(f => new Designation(f)).ToList(), glosses.Select(g => new Designation(g)).ToList())
        {
            Definition = string.IsNullOrEmpty(definition) ? null : definition,
            Source = source,
        };
    }

    private static List<UnitText> Texts(string sourceLanguage, XElement source, string targetLanguage, XElement? target)
    {
        var texts = new List<UnitText> { new(sourceLanguage, InlineText.Of(source)) };
        if (target is not null && (target.HasElements || target.Value.Length > 0))
        {
            texts.Add(new UnitText(targetLanguage, InlineText.Of(target)));
        }

        return texts;
    }

    // XLIFF 1.2 segmentation: <mrk mtype="seg" mid="…"> elements, in order.
    private static List<(string Id, XElement Element)> Segments(XElement container) =>
        container.Descendants().Where(e => e.Name.LocalName == "mrk" && (string?)e.Attribute("mtype") == "seg")
            .Select(e => ((string?)e.Attribute("mid") ?? string.Empty, e)).ToList();

    private static List<string> Notes(XElement unit) =>
        unit.Descendants().Where(e => e.Name.LocalName == "note" && e.Parent?.Name.LocalName is "notes" or "trans-unit" or "unit")
            .Select(e => e.Value.Trim()).Where(n => n.Length > 0).ToList();

    // The element the reader is on, whole, its nodes knowing their line and column; the reader moves past it.
    private static XElement ReadWithLines(XmlReader reader)
    {
        XElement element;
        using (var subtree = reader.ReadSubtree())
        {
            element = XElement.Load(subtree, LoadOptions.SetLineInfo);
        }

        reader.Read();
        return element;
    }

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string Id(XElement unit, List<TranslationUnit> units) =>
        (string?)unit.Attribute("id") is { Length: > 0 } id ? id : (units.Count + 1).ToString(CultureInfo.InvariantCulture);
}
