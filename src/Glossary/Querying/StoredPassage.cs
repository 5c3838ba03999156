using System.Globalization;
using Glossary.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Glossary.Querying;

/// <summary>A passage as stored in the index: its place in the document and the text around it.</summary>
internal sealed record StoredPassage(
    string Document, int Number, int SegmentStart, int SegmentEnd, int Offset, int Length, int WindowStart, string Window)
{
    /// <summary>The passage proper.</summary>
    public string Text => Window.Substring(Offset - WindowStart, Length);

    /// <summary>The stretch of the document this passage owns; the segments of a document, in order, are the document.</summary>
    public string Segment => Window.Substring(SegmentStart - WindowStart, SegmentEnd - SegmentStart);

    public static StoredPassage Load(IndexSearcher searcher, int docId)
    {
        var d = searcher.Doc(docId, Schema.StoredFields);
        return new StoredPassage(
            d.Get(Schema.Document, CultureInfo.InvariantCulture),
            Int(d, Schema.Passage),
            Int(d, Schema.SegmentStart),
            Int(d, Schema.SegmentEnd),
            Int(d, Schema.Offset),
            Int(d, Schema.Length),
            Int(d, Schema.WindowStart),
            d.Get(Schema.Window, CultureInfo.InvariantCulture));
    }

    private static int Int(Document d, string field) =>
        d.GetField(field)?.GetInt32Value() ?? throw new GlossaryException(
            $"The index is damaged or was written by another version: a passage has no '{field}' field. Re-index the documents.");
}
