using Glossary.Querying;
using Glossary.Terms;

namespace Glossary.Checking;

// Every approved English gloss of a glossary as a stem phrase, found by its first stem, longest first, so an English
// source is matched leftmost-longest as Chinese text is (a glossary with "file" and "file system" takes the second).
internal sealed class GlossPhrases
{
    private readonly Dictionary<string, List<(EnglishPhrase Phrase, TermEntry Entry)>> _byFirstStem = new(StringComparer.Ordinal);

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

                    list.Add((phrase, entry));
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
