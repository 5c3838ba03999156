using System.Xml;
using System.Xml.Linq;
using Glossary.Errors;

namespace Glossary.Bilingual;

// The constraints of XLIFF 2 core that a reader can check, each reported as a warning ("read as it is") with line and
// column: the file is still read, but whoever made it learns what another tool may refuse. Strict mode makes the first
// one an error. The OASIS 2.0 test suite (../shared/bilingual/xliff2-oasis/invalid) breaks one constraint per file.
//
// Why not one XDocument of the whole file: XliffReader streams, one unit at a time, so a large file never sits in memory
// as a tree. The checks follow that stream instead. The reader hands over the start and end tags of <xliff>, <file> and
// <group> (Open, Close: the scopes whose ids and xml:space the content needs) and, read whole with line information,
// every unit (Unit) and every other child of a file or group (Child: notes, skeleton, extension and module elements).
// A rule that spans more than a unit keeps only sets of ids. This file: ids, scopes, skeleton and attributes;
// Xliff2Checks.Units.cs: what lies inside a unit (segments, inline codes, markers, original data).
internal sealed partial class Xliff2Checks(IssueLog log, XNamespace core)
{
    private const string Consequence = "read as it is";

    private static readonly XNamespace Its = "http://www.w3.org/2005/11/its";

    // Core elements that take attributes of other namespaces; on any other core element such an attribute breaks
    // the core (the 2.0 test suite: InvalidExtensionAttributeOnPc, ...OnSegment). Attributes of the XLIFF modules
    // (fs:fs, slr:sizeInfo on inline codes) and of ITS are the modules' own business, never reported here.
    private static readonly HashSet<string> TakeExtensionAttributes = ["xliff", "file", "group", "unit", "note", "mrk", "sm"];

    // Where a direction may be given (2.0 core schema): dir on codes and original data, srcDir and trgDir on the
    // structure. The same three values for all.
    private static readonly Dictionary<string, HashSet<string>> DirectionPlaces = new(StringComparer.Ordinal)
    {
        ["dir"] = ["pc", "sc", "ec", "data"],
        ["srcDir"] = ["file", "group", "unit"],
        ["trgDir"] = ["file", "group", "unit"],
    };

    private static readonly HashSet<string> Directions = ["ltr", "rtl", "auto"];

    private readonly Stack<Scope> scopes = new();
    private readonly HashSet<string> fileIds = new(StringComparer.Ordinal);

    // Group and unit ids are unique in the whole file, however deeply groups nest (not only among siblings).
    private readonly HashSet<string> groupIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> unitIds = new(StringComparer.Ordinal);
    private string? fileId;

    // The start tag of <xliff>, <file> or <group>, the reader on it.
    public void Open(XmlReader reader)
    {
        var name = reader.LocalName;
        var at = (IXmlLineInfo)reader;
        var (line, column) = (at.LineNumber, at.LinePosition);
        var id = reader.GetAttribute("id");
        var space = reader.GetAttribute("space", XNamespace.Xml.NamespaceName) ?? Inherited;
        var attributes = new List<AttributeAt>();
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            attributes.Add(new(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value, at.LineNumber, at.LinePosition));
        }

        reader.MoveToElement();
        CheckAttributes(name, attributes);
        if (name == "file")
        {
            fileId = id;
            groupIds.Clear();
            unitIds.Clear();
            RequireUniqueId("file", id, fileIds, "<xliff>", line, column);
        }
        else if (name == "group")
        {
            RequireUniqueId("group", id, groupIds, "<file>", line, column);
        }

        if (!reader.IsEmptyElement)
        {
            scopes.Push(new Scope(space));
        }
    }

    public void Close() => scopes.TryPop(out _);

    // A child of a file or group other than a unit, read whole.
    public void Child(XElement element)
    {
        if (element.Name.Namespace != core && scopes.TryPeek(out var scope))
        {
            RequireUniqueSibling(element, scope.ExtensionIds);
        }

        if (element.Name == core + "skeleton")
        {
            CheckSkeleton(element);
        }

        Walk(element);
    }

    public void Unit(XElement unit)
    {
        var (line, column) = Position(unit);
        RequireUniqueId("unit", (string?)unit.Attribute("id"), unitIds, "<file>", line, column);
        Walk(unit);
        CheckContent(unit);
    }

    private string Inherited => scopes.TryPeek(out var scope) ? scope.Space : "default";

    // Every element of a subtree (in document order, without recursion: nesting depth is the file's to choose): the
    // attributes of core elements; note ids within <notes> and data ids within <originalData>, unique in their
    // container; the ids of extension elements, unique among their siblings.
    private void Walk(XElement subtree)
    {
        foreach (var element in subtree.DescendantsAndSelf())
        {
            if (element.Name.Namespace == core)
            {
                CheckAttributes(element.Name.LocalName, element.Attributes().Select(a => new AttributeAt(a.Name, a.Value, Position(a, element))));
            }

            var (kind, container) = element.Name == core + "notes" ? ("note", "<notes>")
                : element.Name == core + "originalData" ? ("data", "<originalData>") : (null, null);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var extensionIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var child in element.Elements())
            {
                if (child.Name.Namespace != core)
                {
                    RequireUniqueSibling(child, extensionIds);
                }
                else if (child.Name.LocalName == kind && (string?)child.Attribute("id") is { } id && !ids.Add(id))
                {
                    Report(child, $"the {kind} id '{id}' is used twice in one {container}");
                }
            }
        }
    }

    // Directions, and extension attributes. (An xml:space other than 'default' or 'preserve' never gets here: the XML
    // reader refuses it as it reads.)
    private void CheckAttributes(string element, IEnumerable<AttributeAt> attributes)
    {
        foreach (var attribute in attributes)
        {
            var (name, value) = (attribute.Name, attribute.Value);
            if (name.Namespace == XNamespace.None && DirectionPlaces.TryGetValue(name.LocalName, out var places))
            {
                if (!places.Contains(element))
                {
                    Report(attribute.Line, attribute.Column, $"<{element}> has no {name.LocalName} attribute in XLIFF 2; a direction is given by {Where(name.LocalName)}");
                }
                else if (!Directions.Contains(value))
                {
                    Report(attribute.Line, attribute.Column, $"{name.LocalName}=\"{value}\" on <{element}> is not a direction; only 'ltr', 'rtl' and 'auto' are");
                }
            }
            else if (IsExtension(name.Namespace) && !TakeExtensionAttributes.Contains(element))
            {
                Report(attribute.Line, attribute.Column,
                    $"the attribute {name.LocalName} of namespace '{name.NamespaceName}' is not allowed on <{element}>; XLIFF 2 takes extension attributes only on xliff, file, group, unit, note, mrk and sm");
            }
        }
    }

    private static string Where(string attribute) =>
        attribute == "dir" ? "srcDir and trgDir on a file, group or unit" : "dir on pc, sc, ec and data";

    private bool IsExtension(XNamespace ns) =>
        ns != XNamespace.None && ns != core && ns != XNamespace.Xml && ns != XNamespace.Xmlns && ns != Its
        && !ns.NamespaceName.StartsWith("urn:oasis:names:tc:xliff:", StringComparison.Ordinal);

    // A skeleton is either in the file (content) or pointed to (href), never neither, never both.
    private void CheckSkeleton(XElement skeleton)
    {
        var empty = !skeleton.HasElements && string.IsNullOrWhiteSpace(skeleton.Value);
        var href = skeleton.Attribute("href");
        if (empty && href is null)
        {
            Report(skeleton, "the <skeleton> is empty and has no href: the skeleton is neither in the file nor pointed to");
        }
        else if (!empty && href is not null)
        {
            Report(skeleton, "the <skeleton> has both an href and content; it must have one or the other");
        }
    }

    private void RequireUniqueId(string element, string? id, HashSet<string> seen, string container, int line, int column)
    {
        if (string.IsNullOrEmpty(id))
        {
            Report(line, column, $"the <{element}> has no id (XLIFF 2 requires one)");
        }
        else if (!seen.Add(id))
        {
            Report(line, column, $"the {element} id '{id}' is used twice in one {container}");
        }
    }

    // Extension and module elements: an id (or xml:id) is unique among the element's siblings.
    private void RequireUniqueSibling(XElement element, HashSet<string> siblings)
    {
        if (((string?)element.Attribute("id") ?? (string?)element.Attribute(XNamespace.Xml + "id")) is { } id && !siblings.Add(id))
        {
            Report(element, $"the id '{id}' of <{Display(element)}> is used twice among its sibling elements");
        }
    }

    private static string Display(XElement element) =>
        element.GetPrefixOfNamespace(element.Name.Namespace) is { Length: > 0 } prefix ? $"{prefix}:{element.Name.LocalName}" : element.Name.LocalName;

    private void Report(XObject node, string reason)
    {
        var (line, column) = Position(node);
        Report(line, column, reason);
    }

    private void Report(int line, int column, string reason) => log.Report(line, reason, Consequence, column);

    private static (int Line, int Column) Position(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    private static (int Line, int Column) Position(XAttribute attribute, XElement element) =>
        ((IXmlLineInfo)attribute).HasLineInfo() ? Position((XObject)attribute) : Position(element);

    private sealed record Scope(string Space)
    {
        public HashSet<string> ExtensionIds { get; } = new(StringComparer.Ordinal);
    }

    private readonly record struct AttributeAt(XName Name, string Value, int Line, int Column)
    {
        public AttributeAt(XName name, string value, (int Line, int Column) at)
            : this(name, value, at.Line, at.Column)
        {
        }
    }
}
