using Glossary.Querying;
using Glossary.Terms;

namespace Glossary.Checking;

// Every approved English gloss of a glossary as a stem phrase, found by its first stem, longest first, so an English
// source is matched leftmost-longest as Chinese text is (a glossary with "file" and "file system" takes the second).
internal sealed class GlossPhrases
{
    private readonly Dictionary<string, List<(EnglishPhrase Phrase, TermEntry Entry)>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TermEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _textsByKey = new(StringComparer.Ordinal);

    public GlossPhrases(TermBase glossary)
    {
        foreach (var entry in glossary.Entries)
        {
            foreach (var gloss in Approved(entry.Translations))
            {
                if (EnglishPhrase.Of(gloss.Text) is { } phrase)
                {
                    if (!_byFirstStem.TryGetValue(phrase.Stems[0], out var list))
                    {
                        _byFirstStem[phrase.Stems[0]] = list = [];
                    }

                    if (!_byKey.TryGetValue(phrase.Key, out var sharing))
                    {
                        _byKey[phrase.Key] = sharing = [];
                        list.Add((phrase, entry));
                    }

                    var texts = _textsByKey.TryGetValue(phrase.Key, out var known) ? known : _textsByKey[phrase.Key] = [];
                    if (!texts.Contains(gloss.Text))
                    {
                        texts.Add(gloss.Text);
                    }

                    if (!sharing.Contains(entry))
                    {
                        sharing.Add(entry);
                    }
                }
            }
        }

        foreach (var list in _byFirstStem.Values)
        {
            // Stable: at one length, glossary order (the first layer first) decides.
            var sorted = list.OrderByDescending(p => p.Phrase.Stems.Length).ToList();
            list.Clear();
            list.AddRange(sorted);
        }
    }

    /// <summary>The translations that satisfy the glossary: preferred first, then admitted and those without a status.</summary>
    public static IEnumerable<Designation> Approved(IEnumerable<Designation> designations) =>
        designations.Where(d => !d.IsDiscouraged && !d.IsClassifier)
            .OrderBy(d => d.Status switch { TermStatus.Preferred => 0, TermStatus.Admitted => 1, _ => 2 });

    /// <summary>
    /// Every entry with the gloss <paramref name="phrase"/> (compared by stems), in glossary order: an English term
    /// several entries gloss (<i>infection</i> for 感染 and 传染) is translated by any of their Chinese forms.
    /// </summary>
    public IReadOnlyList<TermEntry> EntriesOf(EnglishPhrase phrase) => _byKey[phrase.Key];

    /// <summary>
    /// The gloss to name a match by: of the glosses with the phrase's stems (<i>infect</i>, <i>infection</i>), the one
    /// the source writes (without case), else the first in glossary order.
    /// </summary>
    public string NameOf(EnglishPhrase phrase, string written) =>
        _textsByKey[phrase.Key].FirstOrDefault(t => string.Equals(t, written, StringComparison.OrdinalIgnoreCase)) ?? phrase.Text;

    /// <summary>The glosses in <paramref name="text"/>, left to right, without overlaps.</summary>
    public IEnumerable<(EnglishPhrase Phrase, TermEntry Entry, Highlight Range)> FindIn(EnglishText text)
    {
        var end = 0;
        foreach (var (token, i) in text.Tokens.Select((t, i) => (t, i)))
        {
            if (token.Start < end || !_byFirstStem.TryGetValue(token.Stem, out var candidates))
            {
                continue;
            }

            foreach (var (phrase, entry) in candidates)
            {
                if (phrase.MatchesAt(text, i) is { } range)
                {
                    end = range.Offset + range.Length;
                    yield return (phrase, entry, range);
                    break;
                }
            }
        }
    }
}
