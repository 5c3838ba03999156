using Glossary.Text;

namespace Glossary.Formats;

// CSV columns named by language, as term-base tools export them. memoQ (its documented "term base in CSV format")
// writes the entry fields first (Entry_ID, Entry_Subject, Entry_Domain, …, Entry_Note), then for each language its
// definition (`Chinese (PRC)_Def`) and one column per term (`Chinese (PRC)`, each followed by term fields such as
// Term_Info): an entry with two Chinese terms has two `Chinese (PRC)` columns. Trados MultiTerm users name columns
// `Chinese`, `English`, `ZH`, `EN`, `Chinese (Simplified)`, `English (US)`; others write tags (`zh-CN`, `en-US`).
//
// A header cell is a language (a tag whose primary subtag decides, as in LanguageTags, or a language name followed by
// a region or script), optionally followed by a field after '_' or a space. Every Chinese column is a term: the first
// the headword, the others variants, traditional columns (zh-TW, Chinese (Taiwan)) last since the simplified form is
// the headword, as in CC-CEDICT. Every English column is a gloss. A `_Def` column is the definition, the English one
// first. Other fields and other languages are ignored. A Chinese cell may also list alternatives separated by ';',
// '；' or '|' (no Chinese term holds them; memoQ's import splits cells so when asked); an English cell is one gloss as
// written, since "to give; to grant" is one gloss. A `term` or `gloss` column of this library's own header stands in
// for a language without a column (`term,English (US)`), never beside one: a MultiTerm export's `Source` column (the
// term's reference) would otherwise become every entry's headword.
internal sealed class CsvLanguageColumns
{
    public enum Kind { Chinese, English, Other }

    public enum Field { Term, Definition, Other }

    /// <summary>What a header cell names: a language, one of its fields, and whether it is a bare name (<c>Chinese</c>, <c>zh</c>).</summary>
    public readonly record struct Column(string Language, Kind Kind, Field Field, bool Bare);

    private static readonly Dictionary<string, Field> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["def"] = Field.Definition, ["definition"] = Field.Definition,
        ["info"] = Field.Other, ["example"] = Field.Other, ["note"] = Field.Other, ["usage"] = Field.Other,
        ["context"] = Field.Other, ["source"] = Field.Other,
    };

    private static readonly Dictionary<string, Kind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chinese"] = Kind.Chinese, ["mandarin"] = Kind.Chinese, ["english"] = Kind.English,
    };

    // Names written in Chinese: 中文（简体）, 简体中文, 英语.
    private static readonly string[] ChineseWords = ["中文", "汉语", "漢語", "华语", "華語", "普通话", "普通話"];
    private static readonly string[] EnglishWords = ["英语", "英語", "英文"];

    // Other languages are named only in the message that says the header has no Chinese or no English column.
    private static readonly HashSet<string> OtherNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "german", "french", "spanish", "italian", "portuguese", "japanese", "korean", "russian", "dutch", "polish",
        "swedish", "danish", "finnish", "norwegian", "czech", "hungarian", "greek", "turkish", "arabic", "hebrew", "thai",
        "vietnamese", "indonesian", "malay", "hindi", "ukrainian", "romanian", "bulgarian", "croatian", "slovak",
        "slovenian", "serbian", "lithuanian", "latvian", "estonian", "persian", "cantonese",
    };

    private static readonly HashSet<string> OtherCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "fr", "es", "it", "pt", "ja", "ko", "ru", "nl", "pl", "sv", "da", "fi", "nb", "cs", "hu", "el", "tr", "ar",
        "he", "th", "vi", "ms", "hi", "uk", "ro", "bg", "hr", "sk", "sl", "sr", "lt", "lv", "et", "fa",
    };

    private readonly List<int> _chinese = [];
    private readonly List<int> _english = [];
    private readonly List<int> _chineseDefinitions = [];
    private readonly List<int> _englishDefinitions = [];
    private readonly List<string> _languages = [];

    private CsvLanguageColumns()
    {
    }

    /// <summary>
    /// Whether the header is one that names languages rather than this library's own: it names a language other
    /// than Chinese and English, names Chinese or English otherwise than <see cref="FitsOwnHeader"/> allows, or
    /// names both (<c>cmn,eng</c>).
    /// </summary>
    public bool NamesLanguages { get; private set; }

    /// <summary>
    /// Whether the header's Chinese and English columns are at most one bare <c>Chinese</c> (or <c>zh</c>) and one
    /// bare <c>English</c> (or <c>en</c>), which this library's own header reads as its term and gloss columns.
    /// </summary>
    public bool FitsOwnHeader { get; private set; } = true;

    /// <summary>
    /// Finds the language columns of a header. <paramref name="ownTerm"/> and <paramref name="ownGloss"/> (the
    /// <c>term</c> and <c>gloss</c> columns of this library's header, if it has them) stand in for a missing Chinese
    /// or English column.
    /// </summary>
    public static CsvLanguageColumns Map(IReadOnlyList<string> names, int? ownTerm, int? ownGloss)
    {
        var map = new CsvLanguageColumns();
        var bare = new HashSet<Kind>();
        for (var i = 0; i < names.Count; i++)
        {
            if (Classify(names[i]) is not { } column)
            {
                continue;
            }

            if (!map._languages.Contains(column.Language, StringComparer.OrdinalIgnoreCase))
            {
                map._languages.Add(column.Language);
            }

            if (column.Kind == Kind.Other)
            {
                map.NamesLanguages = true;
                continue;
            }

            map.FitsOwnHeader &= column.Bare && bare.Add(column.Kind);
            var list = (column.Field, column.Kind) switch
            {
                (Field.Term, Kind.Chinese) => map._chinese,
                (Field.Term, _) => map._english,
                (Field.Definition, Kind.Chinese) => map._chineseDefinitions,
                (Field.Definition, _) => map._englishDefinitions,
                _ => null,
            };
            list?.Add(i);
        }

        map.NamesLanguages |= !map.FitsOwnHeader || (map._chinese.Count > 0 && map._english.Count > 0);

        // The simplified form is the headword, as in CC-CEDICT: traditional columns (zh-TW, Chinese (Taiwan)) last.
        var chinese = map._chinese.OrderBy(i => IsTraditional(names[i])).ToList();
        map._chinese.Clear();
        map._chinese.AddRange(chinese);
        StandIn(map._chinese, ownTerm);
        StandIn(map._english, ownGloss);
        return map;
    }

    private static void StandIn(List<int> columns, int? column)
    {
        if (columns.Count == 0 && column is { } i)
        {
            columns.Add(i);
        }
    }

    private static bool IsTraditional(string name) =>
        name.Contains('繁') || name.Split(['-', '_', ' ', '(', ')', ',', '（', '）'], StringSplitOptions.RemoveEmptyEntries)
            .Any(t => t.ToLowerInvariant() is "tw" or "hk" or "mo" or "hant" or "traditional" or "taiwan" or "hong" or "macau" or "macao");

    /// <summary>Why these columns cannot be read as a Chinese→English glossary, or <see langword="null"/>.</summary>
    public string? Problem()
    {
        var missing = (_chinese.Count, _english.Count) switch
        {
            (0, 0) => "neither a Chinese nor an English column",
            (0, _) => "no Chinese column",
            (_, 0) => "no English column",
            _ => null,
        };
        return missing is null
            ? null
            : $"the header names {missing}; the languages it names are {string.Join(", ", _languages.Select(l => $"'{l}'"))} " +
              $"(Chinese is {LanguageTags.ChineseExamples}, Chinese or Chinese (PRC); English is en, en-US, English or English (United States))";
    }

    /// <summary>The row's Chinese terms, headword first, each once, and its English glosses as written.</summary>
    public (List<string> Terms, List<string> Glosses) Read(string[] cells)
    {
        var terms = new List<string>();
        foreach (var cell in Cells(cells, _chinese))
        {
            foreach (var term in cell.Split([';', '；', '|']))
            {
                if (EntryBuilder.Clean(term) is { } t && !terms.Contains(t, StringComparer.Ordinal))
                {
                    terms.Add(t);
                }
            }
        }

        return (terms, Cells(cells, _english).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The row's definition: the English one if there is one, else the Chinese one.</summary>
    public string? Definition(string[] cells) =>
        Cells(cells, _englishDefinitions).Concat(Cells(cells, _chineseDefinitions)).FirstOrDefault();

    private static IEnumerable<string> Cells(string[] cells, List<int> columns) =>
        columns.Where(i => i < cells.Length).Select(i => EntryBuilder.Clean(cells[i])).OfType<string>();

    /// <summary>The language and field a header cell names, or <see langword="null"/> when it names no language.</summary>
    public static Column? Classify(string name)
    {
        name = name.Trim();
        var field = Field.Term;
        var cut = name.LastIndexOfAny(['_', ' ']);
        if (cut > 0 && Fields.TryGetValue(name[(cut + 1)..], out var named))
        {
            (field, name) = (named, name[..cut].TrimEnd());
        }

        return KindOf(name, out var bare) is { } kind ? new Column(name, kind, field, bare && field == Field.Term) : null;
    }

    // A tag (zh, zh-CN, zho_CN, en-US), or a name followed by nothing, a region or a script: Chinese (PRC),
    // English_United_States, Chinese Simplified, 中文（简体）.
    private static Kind? KindOf(string name, out bool bare)
    {
        var primaryEnd = name.AsSpan().IndexOfAny('-', '_');
        var primary = primaryEnd < 0 ? name : name[..primaryEnd];
        bare = primaryEnd < 0;
        if (primary.Length is 2 or 3 && primary.All(char.IsAsciiLetter) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return LanguageTags.IsChinese(name) ? Kind.Chinese
                : LanguageTags.IsEnglish(name) ? Kind.English
                : !bare || OtherCodes.Contains(primary) ? Kind.Other
                : null;
        }

        var wordEnd = name.AsSpan().IndexOfAny(" _-(（");
        var word = wordEnd < 0 ? name : name[..wordEnd];
        bare = wordEnd < 0;
        if (Han.Any(word))
        {
            return ChineseWords.Any(w => word.Contains(w, StringComparison.Ordinal)) ? Kind.Chinese
                : EnglishWords.Any(w => word.Contains(w, StringComparison.Ordinal)) ? Kind.English
                : null;
        }

        return Names.TryGetValue(word, out var kind) ? kind : OtherNames.Contains(word) ? Kind.Other : null;
    }
}
