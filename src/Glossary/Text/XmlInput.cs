using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Glossary.Text;

// How every XML file is read (TBX, TMX, XLIFF): a DOCTYPE is skipped, never fetched; nothing external is resolved;
// declared entities are never expanded, so a reference to one (an XXE payload, an entity bomb) is an error rather
// than a file read or a memory blow-up. White space is kept: inside a segment it is text.
internal static partial class XmlInput
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Opens an XML reader; an XML declaration may name a legacy encoding (GB2312, Big5), so code pages are known.</summary>
    public static XmlReader Open(Stream stream)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return XmlReader.Create(stream, Settings);
    }

    /// <summary>The reason an XML error gives, in the words of a person who will fix the file.</summary>
    public static string Reason(XmlException e) =>
        UndeclaredEntity().Match(e.Message) is { Success: true } entity
            ? $"the file refers to the entity &{entity.Groups[1].Value}; declared in its DOCTYPE: entities are never expanded, for safety (XXE, entity bombs); replace it with the text it stands for"
            : $"the XML is not well-formed: {Position().Replace(e.Message, string.Empty).TrimEnd()}";

    /// <summary>
    /// A file that breaks after <paramref name="unitsRead"/> units: with none read, the whole file is refused (thrown);
    /// otherwise the units before the break are kept and the break is reported where it is.
    /// </summary>
    public static void ReportBreak(Errors.IssueLog log, XmlException e, int unitsRead)
    {
        if (unitsRead == 0)
        {
            throw log.Fatal(Reason(e), e.LineNumber, e.LinePosition, e);
        }

        log.Report(e.LineNumber, Reason(e), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the {unitsRead:N0} units before it are kept"), e.LinePosition);
    }

    [GeneratedRegex(@"undeclared entity '([^']*)'", RegexOptions.IgnoreCase)]
    private static partial Regex UndeclaredEntity();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex Position();
}
