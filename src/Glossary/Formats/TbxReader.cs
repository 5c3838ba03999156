using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Glossary.Errors;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Formats;

// TBX (ISO 30042), read with System.Xml and matched by local name, so v2 (martif › termEntry › langSet › tig|ntig)
// and v3 (tbx › conceptEntry › langSec › termSec) read alike, whatever namespace a tool puts them in, and v3's
// dialect elements (<min:partOfSpeech>) count like the <termNote type="partOfSpeech"> they stand for.
//
// Safety (Text/XmlInput): a DOCTYPE is skipped, never fetched; nothing external is resolved; declared entities are
// never expanded, so a reference to one (an XXE payload, an entity bomb) is an error rather than a file read.
//
// Problems are queued, not reported at once, so that they are reported in file order after the whole file has been
// seen, and a file without any Chinese is one error rather than one per entry.
//
// The header's source-description paragraphs and file-description notes are the glossary's comments (this library
// writes a TSV file's '#' lines there), except the paragraph naming this library's writer.
internal sealed partial class TbxReader
{
    private static readonly string[] StatusCategories = ["administrativeStatus", "usageStatus", "normativeAuthorization", "status", "termStatus"];

    private readonly IssueLog _log;
    private readonly List<TermEntry> _entries = [];
    private readonly List<string> _languages = []; // every language the file holds, for messages
    private readonly List<Problem> _problems = [];
    private readonly List<string> _comments = [];
    private bool _anyChinese;

    private TbxReader(IssueLog log) => _log = log;

    /// <summary>Something wrong with one place of the file, and what was done about it.</summary>
    private sealed record Problem(int Line, string Reason, string Consequence, int Column = 0);

    public static (List<TermEntry> Entries, List<string> Comments) Read(Stream stream, IssueLog log)
    {
        var reader = new TbxReader(log);
        return (reader.ReadAll(stream), reader._comments);
    }

    private List<TermEntry> ReadAll(Stream stream)
    {
        try
        {
            using var reader = XmlInput.Open(stream);
            var lineInfo = (IXmlLineInfo)reader;
            reader.MoveToContent();
            if (reader.LocalName is not ("martif" or "tbx"))
            {
                throw _log.Fatal($"not a TBX file: the root element is <{reader.Name}>, expected <martif> (TBX v2) or <tbx> (TBX v3)", lineInfo.LineNumber);
            }

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "termEntry" or "conceptEntry")
                {
                    var line = lineInfo.LineNumber;
                    ReadEntry((XElement)XNode.ReadFrom(reader), line);
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "martifHeader" or "tbxHeader")
                {
                    ReadComments((XElement)XNode.ReadFrom(reader));
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException e)
        {
            var reason = XmlInput.Reason(e);
            if (_entries.Count == 0)
            {
                throw _log.Fatal(reason, e.LineNumber, e.LinePosition, e);
            }

            _problems.Add(new Problem(e.LineNumber, reason, "the entries before it are kept", e.LinePosition));
        }

        if (!_anyChinese && _problems.Count > 0 && _languages.Count > 0)
        {
            throw _log.Fatal($"the file holds no Chinese terms, only {string.Join(", ", _languages)} (Chinese is {LanguageTags.ChineseExamples})");
        }

        foreach (var problem in _problems)
        {
            _log.Report(problem.Line, problem.Reason, problem.Consequence, problem.Column);
        }

        return _entries;
    }

    // A paragraph is one comment per line: a TSV comment is one line, and another tool's paragraph may be laid out
    // over several, indented; blank lines of such a layout are dropped.
    private void ReadComments(XElement header)
    {
        var remarks = header.Descendants().Where(e =>
            e.Name.LocalName == "p" && e.Parent?.Name.LocalName == "sourceDesc"
            || e.Name.LocalName == "note" && e.Ancestors().Any(a => a.Name.LocalName == "fileDesc"));
        foreach (var remark in remarks.Select(e => e.Value).Where(v => v != TbxWriter.Generator))
        {
            var lines = remark.ReplaceLineEndings("\n").Split('\n');
            _comments.AddRange(lines.Length == 1 ? lines : lines.Select(l => l.Trim()).Where(l => l.Length > 0));
        }
    }

    // Reads one concept: its Chinese forms and English glosses with their data, its notes and definition.
    private void ReadEntry(XElement entry, int line)
    {
        var kept = new List<XElement>(); // the language sets read: notes and definitions of other languages are not ours
        var forms = new List<Designation>();
        var translations = new List<Designation>();
        var here = new List<string>();
        string? pinyin = null;
        foreach (var langSet in entry.Elements().Where(e => e.Name.LocalName is "langSet" or "langSec"))
        {
            var language = LanguageOf(langSet);
            AddDistinct(_languages, language);
            AddDistinct(here, language);
            var target = LanguageTags.IsChinese(language) ? forms : LanguageTags.IsEnglish(language) ? translations : null;
            if (target is null)
            {
                continue;
            }

            kept.Add(langSet);
            foreach (var holder in langSet.Descendants().Where(e => e.Name.LocalName is "tig" or "ntig" or "termSec"))
            {
                if (Term(holder, target == forms) is { } term)
                {
                    pinyin ??= term.Pinyin;
                    if (!target.Exists(d => d.Text == term.Form.Text))
                    {
                        target.Add(term.Form);
                    }
                }
            }
        }

        _anyChinese |= forms.Count > 0;
        var name = (string?)entry.Attribute("id") is { } id ? $"entry '{id}'" : "the entry";
        if (forms.Count == 0 || translations.Count == 0)
        {
            var what = forms.Count == 0 ? $"{name} has no Chinese term" : $"{name} ({forms[0].Text}) has no English term";
            _problems.Add(new Problem(line, $"{what} (it holds {string.Join(", ", here)})", "entry skipped"));
            return;
        }

        // The concept's own notes and definition, then those of the English and Chinese language sets; never those
        // of a language the glossary leaves out. An English definition is preferred.
        var conceptLevel = entry.Elements().Where(e => e.Name.LocalName is not ("langSet" or "langSec")).ToList();
        var notes = conceptLevel.Concat(kept.SelectMany(k => k.Descendants()))
            .Where(e => e.Name.LocalName == "note").Select(e => Flatten(e.Value)).Where(n => n.Length > 0).Distinct().ToList();
        var english = kept.Where(k => LanguageTags.IsEnglish(LanguageOf(k)));
        var definition = Data(english.Concat(conceptLevel).Concat(kept).SelectMany(e => e.DescendantsAndSelf()))
            .FirstOrDefault(d => d.Category == "definition").Value;
        _entries.Add(new TermEntry(forms, translations)
        {
            Pinyin = pinyin,
            Note = notes.Count == 0 ? null : string.Join("; ", notes),
            Definition = definition,
            Source = _log.Source,
        });
    }

    // One term with its part of speech, status and (for Chinese) pinyin, or null when it has no text.
    private static (Designation Form, string? Pinyin)? Term(XElement holder, bool chinese)
    {
        var text = holder.Descendants().FirstOrDefault(e => e.Name.LocalName == "term")?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var designation = new Designation(text);
        string? pinyin = null;
        foreach (var (category, value) in Data(holder.Descendants()))
        {
            if (category == "partOfSpeech")
            {
                designation = designation with { PartOfSpeech = designation.PartOfSpeech ?? value };
            }
            else if (StatusCategories.Contains(category, StringComparer.OrdinalIgnoreCase) && StatusNames.Parse(value) is { } status)
            {
                designation = designation with { Status = StatusNames.MoreSevere(designation.Status, status) };
            }
            else if (category == "pronunciation" && chinese)
            {
                pinyin ??= value;
            }
        }

        return (designation, pinyin);
    }

    private static string LanguageOf(XElement langSet) =>
        (string?)langSet.Attribute(XNamespace.Xml + "lang") ?? (string?)langSet.Attribute("lang") ?? "(none)";

    // The typed data under an element: <termNote type="x">v</termNote>, <descrip type="x">, <admin type="x">, and
    // TBX v3 dialect elements named after their category (<min:partOfSpeech>v</min:partOfSpeech>).
    private static IEnumerable<(string Category, string Value)> Data(IEnumerable<XElement> elements) =>
        elements
            .Where(e => !e.HasElements && e.Name.LocalName is not ("term" or "note"))
            .Select(e => (Category: e.Name.LocalName is "termNote" or "descrip" or "admin" ? (string?)e.Attribute("type") ?? string.Empty : e.Name.LocalName,
                Value: Flatten(e.Value)))
            .Where(d => d.Category.Length > 0 && d.Value.Length > 0);

    // Line breaks and indentation inside an element are layout, not content.
    private static string Flatten(string value) => Whitespace().Replace(value.Trim(), " ");

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
