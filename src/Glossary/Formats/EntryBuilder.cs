using Glossary.Terms;

namespace Glossary.Formats;

// Gathers the lines (or rows) that share a term into one entry, as OmegaT does: several lines with one term are one
// entry with several glosses. Forms and glosses are kept once each, in the order first seen; notes are joined.
internal sealed class EntryBuilder(string term)
{
    private readonly List<Designation> _forms = [new(term)];
    private readonly List<Designation> _glosses = [];
    private readonly List<string> _notes = [];

    public string? Pinyin { get; set; }

    public string? Definition { get; set; }

    public void AddForm(Designation form)
    {
        AddOrMerge(_forms, form);
    }

    public void AddGloss(Designation gloss)
    {
        AddOrMerge(_glosses, gloss);
    }

    public void SetTermStatus(TermStatus status, string? partOfSpeech = null)
    {
        _forms[0] = _forms[0] with
        {
            Status = StatusNames.MoreSevere(_forms[0].Status, status),
            PartOfSpeech = _forms[0].PartOfSpeech ?? partOfSpeech,
        };
    }

    public void AddNote(string? note)
    {
        if (Clean(note) is { } text && !_notes.Contains(text, StringComparer.Ordinal))
        {
            _notes.Add(text);
        }
    }

    public void AddVariants(string? cell)
    {
        foreach (var variant in (cell ?? string.Empty).Split('|'))
        {
            if (Clean(variant) is { } v)
            {
                AddForm(new Designation(v));
            }
        }
    }

    public TermEntry Build(string source) => new(_forms, _glosses)
    {
        Pinyin = Pinyin, Note = _notes.Count == 0 ? null : string.Join("; ", _notes), Definition = Definition, Source = source,
    };

    public static string? Clean(string? cell) => cell?.Trim() is { Length: > 0 } value ? value : null;

    private static void AddOrMerge(List<Designation> list, Designation item)
    {
        var at = list.FindIndex(d => string.Equals(d.Text, item.Text, StringComparison.Ordinal));
        if (at < 0)
        {
            list.Add(item);
        }
        else
        {
            list[at] = list[at] with
            {
                Status = StatusNames.MoreSevere(list[at].Status, item.Status),
                PartOfSpeech = list[at].PartOfSpeech ?? item.PartOfSpeech,
            };
        }
    }
}
