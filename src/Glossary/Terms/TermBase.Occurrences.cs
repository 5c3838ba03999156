namespace Glossary.Terms;

// Annotation marks each place once (leftmost-longest over all entries), so a term inside a longer one (白宫 in
// 白宫科技政策办公室) is not marked there. A look-up counts it: each entry's own occurrences, left to right, the longest
// of its forms where they compete, whatever other entries cover. The reading view shows the look-up's count, so it
// needs every entry's occurrences in that sense; they may nest in, or cross, other entries' occurrences.
public sealed partial class TermBase
{
    /// <summary>
    /// Every occurrence of every entry in <paramref name="text"/>, counted as an exact look-up counts: for each entry,
    /// its surface forms left to right without overlapping each other (the longest where several start at one
    /// place), while occurrences of different entries may overlap. A form shared by two layers belongs to the first.
    /// Sorted by offset, the longer first at one offset.
    /// </summary>
    internal List<TermSpan> FindEveryOccurrence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<TermSpan>();
        var scratch = new List<(int Start, int Length, int Pattern)>();
        var layerMatches = new List<TermSpan>();
        for (var l = 0; l < _layers.Length; l++)
        {
            layerMatches.Clear();
            _layers[l].AppendEvery(text, layerMatches, scratch);
            foreach (var match in layerMatches)
            {
                if (!EarlierLayerHas(l, match.Text))
                {
                    candidates.Add(match);
                }
            }
        }

        // Per entry, left to right: at a start, the longest form; then continue after its end.
        candidates.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        var free = new Dictionary<TermEntry, int>(ReferenceEqualityComparer.Instance);
        var found = new List<TermSpan>();
        foreach (var span in candidates)
        {
            if (free.TryGetValue(span.Entry, out var from) && span.Offset < from)
            {
                continue;
            }

            free[span.Entry] = span.Offset + span.Length;
            found.Add(span);
        }

        return found;
    }

    private bool EarlierLayerHas(int layer, string form)
    {
        for (var l = 0; l < layer; l++)
        {
            if (_layers[l].Find(form) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
