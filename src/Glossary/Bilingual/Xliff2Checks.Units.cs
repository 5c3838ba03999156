using System.Xml.Linq;

namespace Glossary.Bilingual;

// Inside a unit: segments and ignorables, the inline codes (ph, pc, sc, ec) and markers (mrk, sm, em) of their
// sources and targets, and the original data the codes point to. Sources and targets are checked apart: a target
// repeats the ids of its source's codes, and its own codes pair among themselves.
internal sealed partial class Xliff2Checks
{
    // What an <ec> says again about its <sc>: the value it must agree on, and the value an absent attribute means
    // (null: none; then only an attribute the <ec> gives is compared).
    private static readonly (string Name, string? Default)[] SharedWithStart =
    [
        ("canCopy", "yes"), ("canDelete", "yes"), ("canOverlap", "yes"), ("canReorder", "yes"),
        ("copyOf", null), ("dir", null), ("type", null), ("subType", null),
    ];

    private static readonly HashSet<string> Codes = ["ph", "pc", "sc", "ec"];

    private static readonly string[] DataReferences = ["dataRef", "dataRefStart", "dataRefEnd"];

    private void CheckContent(XElement unit)
    {
        var parts = unit.Elements().Where(e => e.Name == core + "segment" || e.Name == core + "ignorable").ToList();
        var space = (string?)unit.Attribute(XNamespace.Xml + "space") ?? Inherited;
        foreach (var part in parts)
        {
            // A segment without source is reported by the reader itself, which skips it.
            if (part.Name.LocalName == "ignorable" && part.Element(core + "source") is null)
            {
                Report(part, "the <ignorable> has no <source>");
            }

            if (part.Element(core + "source") is { } source && part.Element(core + "target") is { } target)
            {
                var (said, heard) = ((string?)target.Attribute(XNamespace.Xml + "space") ?? space, (string?)source.Attribute(XNamespace.Xml + "space") ?? space);
                if (said != heard)
                {
                    Report(target, $"the <target> treats white space as '{said}' but its <source> as '{heard}' (xml:space); the two must agree");
                }
            }
        }

        // Targets in the order they are read in (order="n" moves one), so that a start code comes before its end.
        var sources = Inline(parts.Select(p => p.Element(core + "source")));
        var targets = Inline(parts.Select((p, i) => (Target: p.Element(core + "target"), At: i + 1))
            .OrderBy(t => int.TryParse((string?)t.Target?.Attribute("order"), out var order) ? order : t.At)
            .Select(t => t.Target));

        // Segments, ignorables and everything with an id in the sources share one set of ids; the targets another.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in parts.Concat(sources))
        {
            if ((string?)element.Attribute("id") is { } id && !ids.Add(id))
            {
                Report(element, $"the id '{id}' of <{element.Name.LocalName}> is used twice in one <unit> (its segments, ignorables and the codes and markers of its sources share ids)");
            }
        }

        var targetIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in targets)
        {
            if ((string?)element.Attribute("id") is { } id && !targetIds.Add(id))
            {
                Report(element, $"the id '{id}' of <{element.Name.LocalName}> is used twice in the targets of one <unit>");
            }
        }

        var data = Ids(unit.Element(core + "originalData")?.Elements(core + "data"));
        var notes = Ids(unit.Element(core + "notes")?.Elements(core + "note"));
        var codes = sources.Concat(targets).Where(e => Codes.Contains(e.Name.LocalName) && e.Attribute("id") is not null)
            .DistinctBy(e => (string)e.Attribute("id")!).ToDictionary(e => (string)e.Attribute("id")!);
        foreach (var element in sources.Concat(targets))
        {
            CheckReferences(element, data, codes);
            CheckComment(element, (string?)unit.Attribute("id"), notes);
        }

        CheckPairs(sources);
        CheckPairs(targets);
    }

    private List<XElement> Inline(IEnumerable<XElement?> containers) =>
        containers.OfType<XElement>().SelectMany(c => c.Descendants()).Where(e => e.Name.Namespace == core).ToList();

    private static HashSet<string> Ids(IEnumerable<XElement>? elements) =>
        (elements ?? []).Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);

    // dataRef, dataRefStart and dataRefEnd point to the unit's original data; copyOf to a code of the unit that may
    // be copied, and then the code takes its data from there, so it has no dataRef of its own.
    private void CheckReferences(XElement element, HashSet<string> data, Dictionary<string, XElement> codes)
    {
        foreach (var reference in DataReferences)
        {
            if ((string?)element.Attribute(reference) is { } target && !data.Contains(target))
            {
                Report(element, $"the {reference} '{target}' of {Describe(element)} points to no <data> of the unit's <originalData>");
            }
        }

        if ((string?)element.Attribute("copyOf") is not { } copied)
        {
            return;
        }

        if (DataReferences.FirstOrDefault(r => element.Attribute(r) is not null) is { } both)
        {
            Report(element, $"{Describe(element)} has both copyOf and {both}; a copy takes its original data from the code it copies");
        }

        if (!codes.TryGetValue(copied, out var original))
        {
            Report(element, $"the copyOf '{copied}' of {Describe(element)} points to no code of the unit");
        }
        else if ((string?)original.Attribute("canCopy") == "no")
        {
            Report(element, $"{Describe(element)} is a copy of {Describe(original)}, which is marked canCopy=\"no\"");
        }
    }

    // A comment annotation (mrk or sm of type "comment") holds its comment in value or points with ref to a note of
    // its own unit: "#n=id", or a full path ending in that unit, "#f=file/u=unit/n=id".
    private void CheckComment(XElement element, string? unitId, HashSet<string> notes)
    {
        if (element.Name.LocalName is not ("mrk" or "sm") || (string?)element.Attribute("type") != "comment")
        {
            return;
        }

        var (value, reference) = ((string?)element.Attribute("value"), (string?)element.Attribute("ref"));
        if ((value is null) == (reference is null))
        {
            Report(element, $"the comment annotation {Describe(element)} has {(value is null ? "neither a value nor a ref" : "both a value and a ref")}; it needs exactly one");
        }
        else if (reference is not null && !PointsToNote(reference, unitId, notes))
        {
            Report(element, $"the comment annotation {Describe(element)} refers to '{reference}', which is not a note of its unit (such a reference reads '#n=<note id>')");
        }
    }

    private bool PointsToNote(string reference, string? unitId, HashSet<string> notes)
    {
        var path = reference.StartsWith('#') ? reference[1..].Split('/') : [];
        if (path.Length == 0 || !path[^1].StartsWith("n=", StringComparison.Ordinal) || !notes.Contains(path[^1][2..]))
        {
            return false;
        }

        return path.Length == 1 || (path[0] == $"f={fileId}" && path[^2] == $"u={unitId}");
    }

    // Start and end codes (sc, ec) and markers (sm, em) of one side, in reading order: every end after its start,
    // every start ended in the unit (unless isolated), an end code agreeing with its start code.
    private void CheckPairs(List<XElement> inline)
    {
        var starts = inline.Where(e => e.Name.LocalName is "sc" or "sm" && (string?)e.Attribute("isolated") != "yes" && e.Attribute("id") is not null)
            .ToLookup(e => (e.Name.LocalName, (string)e.Attribute("id")!));
        var open = new Dictionary<(string, string), XElement>();
        var closed = new HashSet<(string, string)>();
        foreach (var element in inline)
        {
            var name = element.Name.LocalName;
            if (name is "sc" or "sm" && starts.Contains((name, (string?)element.Attribute("id") ?? string.Empty)))
            {
                open.TryAdd((name, (string)element.Attribute("id")!), element);
            }
            else if (name is "ec" or "em" && End(element) is { } startRef)
            {
                var start = (name == "ec" ? "sc" : "sm", startRef);
                if (open.Remove(start, out var opening))
                {
                    closed.Add(start);
                    if (name == "ec")
                    {
                        CompareWithStart(opening, element);
                    }
                }
                else
                {
                    Report(element, closed.Contains(start) ? $"{Describe(element)} closes <{start.Item1} id='{startRef}'> a second time"
                        : starts.Contains(start) ? $"{Describe(element)} comes before the <{start.Item1} id='{startRef}'> it closes"
                        : $"{Describe(element)} closes no <{start.Item1} id='{startRef}'> of its unit");
                }
            }
        }

        foreach (var ((name, id), element) in open)
        {
            Report(element, name == "sc" ? $"the <sc id='{id}'> is not isolated, but no <ec> of its unit closes it" : $"the <sm id='{id}'> is never closed by an <em> of its unit");
        }
    }

    // The start an end code or marker names, if it names one: an isolated <ec> names none (its <sc> is in another
    // unit) and goes by its id.
    private string? End(XElement end)
    {
        var (startRef, id) = ((string?)end.Attribute("startRef"), (string?)end.Attribute("id"));
        if (end.Name.LocalName == "ec" && (string?)end.Attribute("isolated") == "yes")
        {
            if (startRef is not null)
            {
                Report(end, $"the isolated <ec> has a startRef ('{startRef}'); an isolated end code has an id instead, its <sc> being in another unit");
            }
            else if (id is null)
            {
                Report(end, "the isolated <ec> has no id");
            }

            return null;
        }

        if (end.Name.LocalName == "ec" && id is not null)
        {
            Report(end, $"the <ec> with id '{id}' is not isolated, so it names its <sc> by startRef alone (or add isolated=\"yes\")");
        }

        if (startRef is null)
        {
            Report(end, $"the <{end.Name.LocalName}> has no startRef, so it closes nothing");
        }

        return startRef;
    }

    private void CompareWithStart(XElement start, XElement end)
    {
        foreach (var (name, absent) in SharedWithStart)
        {
            var (said, given) = ((string?)start.Attribute(name) ?? absent, (string?)end.Attribute(name) ?? absent);
            var expected = name == "canReorder" && said == "firstNo" ? "no" : said;
            if (given is not null && given != expected)
            {
                Report(end, $"{Describe(end)} has {name}=\"{given}\" where its <sc> {(expected is null ? $"has no {name}" : $"asks for \"{expected}\"")}; an end code agrees with its start code");
            }
        }
    }

    // An element as a translator finds it in the file: by the attribute that names it (an end by its start).
    private static string Describe(XElement element) =>
        (element.Attribute("startRef") ?? element.Attribute("id")) is { } name ? $"<{element.Name.LocalName} {name.Name.LocalName}='{name.Value}'>"
        : $"<{element.Name.LocalName}>";
}
