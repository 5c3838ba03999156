using Glossary.Errors;
using Glossary.Terms;

namespace Glossary.Formats;

// CC-CEDICT: "Traditional Simplified [pin1 yin1] /gloss/gloss/", '#' header and comment lines. The simplified form is
// the headword and the traditional one a variant, so both find the entry. A headword with several readings (行 xíng,
// háng) is several entries, all kept. Classifier glosses (CL:個|个[ge4]) stay glosses; Designation.IsClassifier marks
// them. Readings of one headword are put in order of use (see PutMainReadingsFirst). The dictionary has 125,000 lines and is loaded when a user asks for it, so a line is cut with span searches
// rather than a regular expression: loading is dominated by allocating the entries, not by parsing.
internal static class CcCedictGlossary
{
    // Glosses that only point elsewhere: a reading made of them alone is a minor one.
    private static readonly string[] Pointers = ["variant of", "old variant of", "archaic variant of", "Japanese variant of",
        "erhua variant of", "used in", "see ", "surname ", "abbr. for", "also written"];

    public static List<TermEntry> Read(string text, IssueLog log)
    {
        var entries = new List<TermEntry>(capacity: text.Length / 75);
        var ranks = new List<int>(capacity: text.Length / 75);
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace() || line[0] == '#')
            {
                continue;
            }

            if (!TryParse(line, out var traditional, out var simplified, out var pinyin, out var glossText))
            {
                log.Report(lineNumber, Diagnose(line), "line skipped");
                continue;
            }

            if (glossText.IndexOfAnyExcept("/ \t") < 0)
            {
                log.Report(lineNumber, "the entry has no gloss between the slashes", "line skipped");
                continue;
            }

            var simple = simplified.ToString();
            string[] forms = traditional.SequenceEqual(simplified) ? [simple] : [simple, traditional.ToString()];
            entries.Add(new TermEntry(forms, glossText.ToString(), pinyin.ToString()) { Source = log.Source });
            ranks.Add(Rank(glossText, pinyin));
        }

        PutMainReadingsFirst(entries, ranks);
        return entries;
    }

    // Where a headword has several readings, the first one listed is the one annotation shows, and CC-CEDICT's order
    // puts 与 yú "variant of 欤" before 与 yǔ "and; to give". So within each headword the readings are reordered,
    // in the places the headword's lines hold: common words before proper names (capitalised pinyin), and real
    // glosses before mere pointers ("variant of", "used in"); otherwise the file's order stands (it lists 了 le
    // before liǎo; the number of senses, tried first, put liǎo first and said nothing about which reading is common).
    private static void PutMainReadingsFirst(List<TermEntry> entries, List<int> ranks)
    {
        var places = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (!places.TryGetValue(entries[i].Term, out var list))
            {
                places[entries[i].Term] = list = [];
            }

            list.Add(i);
        }

        foreach (var list in places.Values.Where(l => l.Count > 1))
        {
            var ordered = list.OrderBy(i => ranks[i]).ThenBy(i => i).Select(i => entries[i]).ToList();
            for (var k = 0; k < list.Count; k++)
            {
                entries[list[k]] = ordered[k];
            }
        }
    }

    // Lower is more useful: 2 for a proper name, 1 for pointers only, else 0.
    private static int Rank(ReadOnlySpan<char> glosses, ReadOnlySpan<char> pinyin)
    {
        var senses = 0;
        var pointersOnly = true;
        foreach (var range in glosses.Split('/'))
        {
            var gloss = glosses[range].Trim();
            if (gloss.IsEmpty)
            {
                continue;
            }

            senses++;
            var pointer = false;
            foreach (var prefix in Pointers)
            {
                pointer |= gloss.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
            }

            pointersOnly &= pointer;
        }

        var properName = pinyin.Length > 0 && char.IsUpper(pinyin[0]);
        return properName ? 2 : pointersOnly && senses > 0 ? 1 : 0;
    }

    // Looks like CC-CEDICT when the first line that is not a comment has the shape of an entry.
    public static bool Recognises(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace() && line[0] != '#')
            {
                return TryParse(line, out _, out _, out _, out _);
            }
        }

        return false;
    }

    // Traditional Simplified [pinyin] /glosses/
    private static bool TryParse(ReadOnlySpan<char> line, out ReadOnlySpan<char> traditional, out ReadOnlySpan<char> simplified,
        out ReadOnlySpan<char> pinyin, out ReadOnlySpan<char> glosses)
    {
        traditional = simplified = pinyin = glosses = default;
        line = line.TrimEnd();
        var space = line.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        traditional = line[..space];
        var rest = line[(space + 1)..];
        space = rest.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        simplified = rest[..space];
        rest = rest[(space + 1)..];
        var close = rest.IndexOf(']');
        if (rest.Length == 0 || rest[0] != '[' || close < 0)
        {
            return false;
        }

        pinyin = rest[1..close];
        rest = rest[(close + 1)..].TrimStart();
        if (rest.Length < 2 || rest[0] != '/' || rest[^1] != '/')
        {
            return false;
        }

        glosses = rest[1..^1];
        return true;
    }

    private static string Diagnose(ReadOnlySpan<char> line) =>
        !line.Contains('[') || !line.Contains(']')
            ? "expected 'Traditional Simplified [pin1 yin1] /gloss/': the [pinyin] is missing"
            : !line.TrimEnd().EndsWith('/')
                ? "expected the glosses between slashes after the [pinyin]: /gloss/gloss/"
                : "expected 'Traditional Simplified [pin1 yin1] /gloss/': two forms separated by a space come first";
}
