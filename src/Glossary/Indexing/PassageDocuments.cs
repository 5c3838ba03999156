using Glossary.Analysis;
using Glossary.Text;
using System.Runtime.InteropServices;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Glossary.Indexing;

/// <summary>Turns a document into one Lucene document per passage (see <see cref="Schema"/>).</summary>
internal static class PassageDocuments
{
    public static IEnumerable<Document> Create(string key, string text)
    {
        foreach (var passage in PassageSplitter.Split(text))
        {
            yield return Create(key, text, passage);
        }
    }

    private static Document Create(string key, string text, Passage p)
    {
        // The window reaches Reach characters before the segment (left context) and 2 × Reach after it (an
        // occurrence that crosses the segment's end, then its right context), but never past the lines it touches.
        var windowStart = Math.Max(p.SegmentStart - Schema.Reach, LineBreaks.LineStart(text, p.SegmentStart));
        var windowEnd = Math.Min(p.SegmentEnd + (2 * Schema.Reach), LineBreaks.NextFrom(text, p.SegmentEnd));
        windowEnd = Math.Max(windowEnd, p.SegmentEnd);

        // Everything a reader needs about a passage is in doc values (column-stored, read without decompressing
        // anything); the window as UTF-16 code units, so a reader scans it in place.
        var document = new Document
        {
            new StringField(Schema.Document, key, Field.Store.NO),
            new SortedDocValuesField(Schema.Document, new BytesRef(key)),
            new NumericDocValuesField(Schema.Passage, p.Number),
            new NumericDocValuesField(Schema.SegmentStart, p.SegmentStart),
            new NumericDocValuesField(Schema.SegmentEnd, p.SegmentEnd),
            new NumericDocValuesField(Schema.Offset, p.Offset),
            new NumericDocValuesField(Schema.Length, p.Length),
            new NumericDocValuesField(Schema.WindowStart, windowStart),
            new BinaryDocValuesField(Schema.Window, new BytesRef(MemoryMarshal.AsBytes(text.AsSpan(windowStart, windowEnd - windowStart)).ToArray())),
            new Field(Schema.Text, text.Substring(p.Offset, p.Length), Schema.TextField),
            new Field(Schema.Exact, text[p.SegmentStart..p.SegmentEnd], Schema.ExactField),
        };

        // A look-up never spans a line break, so only a line that goes on past the segment's end needs a seam.
        var seamStart = Math.Max(Math.Max(p.SegmentStart, p.SegmentEnd - Schema.Reach + 1), LineBreaks.LineStart(text, p.SegmentEnd));
        var seamEnd = Math.Min(p.SegmentEnd + Schema.Reach - 1, LineBreaks.NextFrom(text, p.SegmentEnd));
        if (seamStart < p.SegmentEnd && seamEnd > p.SegmentEnd)
        {
            document.Add(new Field(Schema.Seam, text[seamStart..seamEnd], Schema.ExactField));
        }

        return document;
    }
}
