namespace Glossary.Terms;

/// <summary>
/// One glossary entry (a concept): its Chinese forms, the headword first, and its English glosses, with pinyin, a
/// note and a definition. Entries are immutable; a <see cref="TermBase"/> finds them by any Chinese form or by
/// English words. Entries compare by identity: two entries with the same words from two glossaries stay two.
/// </summary>
public sealed class TermEntry
{
    private readonly string[] _surfaces; // the headword, then the variants
    private readonly PackedTexts? _texts; // where a prepared dictionary's entry reads its glosses and pinyin, once
    private readonly int _textIndex;
    private string? _packedGlosses;
    private string? _numberedPinyin;
    private System.Collections.ObjectModel.ReadOnlyCollection<Designation>? _forms;
    private IReadOnlyList<Designation>? _translations;
    private IReadOnlyList<string>? _variants;
    private IReadOnlyList<string>? _glosses;
    private string? _pinyin;

    /// <summary>Creates an entry with at least one gloss.</summary>
    /// <exception cref="ArgumentException">The term is empty or there is no non-empty gloss.</exception>
    public TermEntry(string term, IReadOnlyList<string> glosses)
        : this([new Designation(term)], glosses?.Select(g => new Designation(g)).ToArray() ?? throw new ArgumentNullException(nameof(glosses)))
    {
    }

    /// <summary>Creates an entry from its Chinese forms (the headword first, then variants) and its English glosses.</summary>
    /// <exception cref="ArgumentException">There is no Chinese form or no gloss, or one of them is empty.</exception>
    public TermEntry(IReadOnlyList<Designation> forms, IReadOnlyList<Designation> translations)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(translations);
        if (forms.Count == 0 || !AllHaveText(forms))
        {
            throw new ArgumentException("An entry needs a term, and no empty forms.", nameof(forms));
        }

        if (translations.Count == 0 || !AllHaveText(translations))
        {
            throw new ArgumentException($"The entry '{forms[0].Text}' needs at least one gloss, and no empty ones.", nameof(translations));
        }

        // Copies: an entry is immutable, whatever the caller does with its lists afterwards.
        _forms = Array.AsReadOnly(forms.ToArray());
        _translations = Array.AsReadOnly(translations.ToArray());
        _surfaces = new string[forms.Count];
        for (var i = 0; i < forms.Count; i++)
        {
            _surfaces[i] = forms[i].Text;
        }
    }

    // CC-CEDICT's entries keep their forms as bare strings, their glosses packed ("/gloss/gloss/") and their pinyin
    // numbered until someone reads them: a dictionary of 125,000 entries then loads without making half a million
    // objects it may never show. The caller guarantees non-empty forms and at least one non-empty gloss. Unpacking
    // is idempotent, so a race between threads only repeats it.
    internal TermEntry(string[] surfaces, string packedGlosses, string numberedPinyin)
    {
        _surfaces = surfaces;
        _packedGlosses = packedGlosses;
        _numberedPinyin = numberedPinyin;
    }

    // The same, with the glosses and pinyin left in a prepared dictionary's data until first read: the caller
    // guarantees that the texts hold at least one non-empty gloss for this entry.
    internal TermEntry(string[] surfaces, PackedTexts texts, int textIndex)
    {
        _surfaces = surfaces;
        _texts = texts;
        _textIndex = textIndex;
    }

    /// <summary>The headword: the form as written in the text (a spun or abbreviated form stays as it is).</summary>
    public string Term => _surfaces[0];

    /// <summary>The English glosses, most important first (never empty): the text of <see cref="Translations"/>.</summary>
    public IReadOnlyList<string> Glosses => _glosses ??= new Texts(Translations, skip: 0);

    /// <summary>
    /// Other surface forms that find this entry and are found in texts: traditional characters, the original form of
    /// a spun word (大交易 for 大买卖), abbreviations. Empty by default.
    /// </summary>
    public IReadOnlyList<string> Variants => _variants ??= _surfaces.Length == 1 ? Array.Empty<string>() : Array.AsReadOnly(_surfaces[1..]);

    /// <summary>The Chinese forms with their status and part of speech: the headword first, then the variants.</summary>
    public IReadOnlyList<Designation> Forms => _forms ??= Array.AsReadOnly(Array.ConvertAll(_surfaces, s => new Designation(s)));

    /// <summary>The English glosses with their status and part of speech, in the order of <see cref="Glosses"/>.</summary>
    public IReadOnlyList<Designation> Translations => _translations ??= Unpack(PackedGlosses!);

    /// <summary>The headword's status: a deprecated or forbidden Chinese term stays in the glossary, marked.</summary>
    public TermStatus Status => _forms is null ? TermStatus.Unspecified : _forms[0].Status;

    /// <summary>Pinyin for display, with tone marks where the glossary has them, or <see langword="null"/>.</summary>
    public string? Pinyin
    {
        get => _pinyin ??= NumberedPinyin is { } numbered ? Terms.Pinyin.FromNumbered(numbered) : null;
        init => _pinyin = value;
    }

    /// <summary>A free-text note (usage, source, caveats), or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>A definition of the concept (TBX <c>definition</c>), or <see langword="null"/>.</summary>
    public string? Definition { get; init; }

    /// <summary>
    /// Where the entry came from: the glossary's file name, <c>CC-CEDICT</c> for the bundled dictionary, or
    /// <see langword="null"/> when built in code.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The headword followed by the variants: every string that finds this entry.</summary>
    public IEnumerable<string> SurfaceForms => Array.AsReadOnly(_surfaces);

    /// <summary>The surface forms as an array the term base indexes without copying (never modified).</summary>
    internal string[] Surfaces => _surfaces;

    /// <summary>The glosses as read ("/gloss/gloss/" without the outer slashes) for an entry made packed, else <see langword="null"/>.</summary>
    internal string? PackedGlosses => _packedGlosses ??= _texts?.Glosses(_textIndex);

    /// <summary>The pinyin as read (numbered: "ka3 bo2 zi5") for an entry made packed, else <see langword="null"/>.</summary>
    internal string? NumberedPinyin => _numberedPinyin ??= _texts?.Pinyin(_textIndex);

    private static System.Collections.ObjectModel.ReadOnlyCollection<Designation> Unpack(string packed) =>
        Array.AsReadOnly(packed.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(g => new Designation(g)).ToArray());

    private static bool AllHaveText(IReadOnlyList<Designation> designations)
    {
        for (var i = 0; i < designations.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(designations[i]?.Text))
            {
                return false;
            }
        }

        return true;
    }

    // The texts of designations, as a view: a dictionary of 125,000 entries need not hold every list twice.
    private sealed class Texts(IReadOnlyList<Designation> designations, int skip) : IReadOnlyList<string>
    {
        public int Count => designations.Count - skip;

        public string this[int index] => (uint)index < (uint)Count ? designations[index + skip].Text : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = skip; i < designations.Count; i++)
            {
                yield return designations[i].Text;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
