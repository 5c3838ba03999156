using Glossary.Bilingual;
using Glossary.Analysis;
using Glossary.Spin;
using Glossary.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Glossary.Indexing;

/// <summary>Turns a block of a document into one Lucene document per passage (see <see cref="Schema"/>).</summary>
internal static class PassageDocuments
{
    public static IEnumerable<Document> Create(DocumentBlock block)
    {
        // The fields every passage of the block shares are made once: IndexWriter takes a block's documents one after
        // another, each whole before the next, so one instance may stand in each (Lucene's advice for short documents).
        // A string field made anew for every passage made a token stream and its attributes anew too (a lock and
        // a type look-up each).
        var shared = new Field[]
        {
            new StringField(Schema.Document, block.Document.Key, Field.Store.NO),
            new StringField(Schema.Version, block.Document.Version, Field.Store.NO),
            new SortedDocValuesField(Schema.Document, new BytesRef(block.Document.Key)),
        };
        var bilingual = new StringField(Schema.Bilingual, Schema.Yes, Field.Store.NO);
        for (var i = 0; i < block.Passages.Count; i++)
        {
            var document = Create(block, block.Passages[i], shared);
            if (block.Units is { } units)
            {
                AddUnit(document, units[i], bilingual);
            }

            yield return document;
        }
    }

    private static Document Create(DocumentBlock block, Passage p, IEnumerable<Field> shared)
    {
        // The window reaches Reach characters before the segment (left context) and 2 × Reach after it (an
        // occurrence that crosses the segment's end, then its right context), but never past the lines it touches.
        var text = block.Text;
        var windowStart = LineBreaks.LineStartWithin(text, p.SegmentStart, Schema.Reach);
        var windowEnd = Math.Max(LineBreaks.NextWithin(text, p.SegmentEnd, 2 * Schema.Reach), p.SegmentEnd);

        // Everything a reader needs about a passage is in doc values (column-stored, read without decompressing
        // anything): its place and its window in one value (PassageRecord), so a reader scans the window in place.
        // Offsets are the document's: the block's offset plus the offset in the block.
        var at = block.Offset;
        var record = PassageRecord.Encode(block.FirstPassage + p.Number, at + p.SegmentStart, at + p.SegmentEnd, at + p.Offset, p.Length,
            at + windowStart, text.AsSpan(windowStart, windowEnd - windowStart));
        var document = new Document
        {
            new NumericDocValuesField(Schema.Spin, (long)SpinVerdict.Clean),
            new BinaryDocValuesField(Schema.Passage, new BytesRef(record)),
            new Field(Schema.Text, text.Substring(p.Offset, p.Length), Schema.TextField),
            new Field(Schema.Exact, text[p.SegmentStart..p.SegmentEnd], Schema.ExactField),
        };
        foreach (var field in shared)
        {
            document.Add(field);
        }

        // A look-up never spans a line break, so only a line that goes on past the segment's end needs a seam.
        var seamStart = Math.Max(p.SegmentStart, LineBreaks.LineStartWithin(text, p.SegmentEnd, Schema.Reach - 1));
        var seamEnd = LineBreaks.NextWithin(text, p.SegmentEnd, Schema.Reach - 1);
        if (seamStart < p.SegmentEnd && seamEnd > p.SegmentEnd)
        {
            document.Add(new Field(Schema.Seam, text[seamStart..seamEnd], Schema.ExactField));
        }

        return document;
    }

    // A bilingual passage keeps its unit's id and other languages (for display), and indexes the other languages as
    // English words (for search and for counting how a term was rendered).
    private static void AddUnit(Document document, TranslationUnit unit, Field bilingual)
    {
        var others = unit.Texts.Where(t => !LanguageTags.IsChinese(t.Language)).Select(t => (t.Language, t.Text)).ToList();
        document.Add(bilingual);
        document.Add(new BinaryDocValuesField(Schema.Unit, new BytesRef(System.Text.Encoding.UTF8.GetBytes(unit.Id))));
        document.Add(new BinaryDocValuesField(Schema.Translation, new BytesRef(TranslationValues.Encode(others))));
        if (others.Count > 0)
        {
            document.Add(new Field(Schema.TranslationText, string.Join('\n', others.Select(o => o.Text)), Schema.TranslationField));
        }
    }
}
