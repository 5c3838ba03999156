namespace Glossary.Querying;

/// <summary>A passage as stored in the index: its place in the document and the text around it.</summary>
internal sealed record StoredPassage(
    string Document, int Number, int SegmentStart, int SegmentEnd, int Offset, int Length, int WindowStart, string Window)
{
    /// <summary>The passage proper.</summary>
    public string Text => Window.Substring(Offset - WindowStart, Length);

    /// <summary>The stretch of the document this passage owns; the segments of a document, in order, are the document.</summary>
    public string Segment => Window.Substring(SegmentStart - WindowStart, SegmentEnd - SegmentStart);
}
