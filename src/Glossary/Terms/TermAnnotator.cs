namespace Glossary.Terms;

// Finds every term of a list of layers in a text: the first layer's matches stand, and each later layer fills only
// the stretches the earlier ones left unmatched. Within a layer, matching is leftmost-longest without overlaps.
internal static class TermAnnotator
{
    public static List<TermSpan> Annotate(IReadOnlyList<TermLayer> layers, string text)
    {
        var spans = new List<TermSpan>();
        var scratch = new List<(int Start, int Length, int Pattern)>();
        foreach (var layer in layers)
        {
            if (spans.Count == 0)
            {
                layer.AppendSpans(text, 0, text.Length, spans, scratch);
                continue;
            }

            var merged = new List<TermSpan>(spans.Count * 2);
            var at = 0;
            foreach (var span in spans)
            {
                layer.AppendSpans(text, at, span.Offset, merged, scratch);
                merged.Add(span);
                at = span.Offset + span.Length;
            }

            layer.AppendSpans(text, at, text.Length, merged, scratch);
            spans = merged;
        }

        return spans;
    }
}
