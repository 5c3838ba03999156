namespace Glossary.Text;

/// <summary>
/// One passage of a document. <see cref="SegmentStart"/>..<see cref="SegmentEnd"/> is the stretch of the document
/// the passage owns (the segments of a document partition it, white space and line breaks included);
/// <see cref="Offset"/> and <see cref="Length"/> locate the passage proper, the segment without its surrounding
/// white space. All values are UTF-16 code units into the document.
/// </summary>
internal readonly record struct Passage(int Number, int SegmentStart, int SegmentEnd, int Offset, int Length);
