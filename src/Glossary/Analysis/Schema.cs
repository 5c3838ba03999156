using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Glossary.Analysis;

// Every field of a passage document, its analysis and its doc values, in one place: the writer (Index/) and the
// readers (Query/) both depend on this file and never on each other.
//
// A document is split into segments that partition it (see Text/PassageSplitter); one Lucene document per segment.
// Offsets are UTF-16 code units into the document text.
internal static class Schema
{
    /// <summary>Document key (indexed exactly, and a sorted doc value).</summary>
    public const string Document = "doc";

    /// <summary>
    /// The version of the document a passage belongs to (indexed exactly): a new version's passages are written
    /// first, and the old version's deleted only when every one is in, so a failed write leaves the old version whole.
    /// </summary>
    public const string Version = "ver";

    /// <summary>
    /// The spin mark of the passage's document (a numeric doc value: its <c>SpinVerdict</c> and, when spun, the spinner
    /// its indicators name; <c>SpinTable.Mark</c>): written as clean with each passage, and set for all of them once
    /// the whole document has been read.
    /// </summary>
    public const string Spin = "spin";

    /// <summary>
    /// A passage's place (its number in the document, from 0; its segment, which with the other segments partitions the
    /// document; the passage proper, the segment without surrounding white space) and the text around it (the segment,
    /// up to <see cref="Reach"/> characters before it and up to twice that after it, clipped to its lines): one binary
    /// doc value laid out as <see cref="PassageRecord"/>. Enough to verify any occurrence that starts in the segment and
    /// to cut its context, so look-ups never touch a neighbouring passage.
    /// </summary>
    public const string Passage = "passage";

    /// <summary>SmartCn words of the passage proper: BM25 ranking; offsets in the postings for highlighting.</summary>
    public const string Text = "text";

    /// <summary>Character bigrams of the segment (see <see cref="ExactGrams"/>): any string is findable.</summary>
    public const string Exact = "exact";

    /// <summary>
    /// Character bigrams of the text around the segment's end when the line goes on into the next segment, so that
    /// an occurrence that starts in this segment and ends in the next is still a candidate here.
    /// </summary>
    public const string Seam = "seam";

    /// <summary>The id of the unit a passage of a bilingual document is (a binary doc value, UTF-8); absent for plain documents.</summary>
    public const string Unit = "unit";

    /// <summary>
    /// The other languages of a bilingual passage's unit, for display (a binary doc value: UTF-8 of language, U+001F,
    /// text, and U+001E between languages); absent for plain documents.
    /// </summary>
    public const string Translation = "trans";

    /// <summary>Marks the passages of bilingual documents (indexed exactly, value <see cref="Yes"/>), so a count can be kept to them.</summary>
    public const string Bilingual = "bi";

    /// <summary>The value of <see cref="Bilingual"/>.</summary>
    public const string Yes = "1";

    /// <summary>The other languages' text of a bilingual passage, analysed as English (stems, stop words removed).</summary>
    public const string TranslationText = "transText";

    /// <summary>
    /// The longest string a look-up accepts, and the widest context it cuts, in characters. The seam and the stored
    /// window are sized from it.
    /// </summary>
    public const int Reach = 64;

    public static readonly FieldType ExactField = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    public static readonly FieldType TranslationField = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    public static readonly FieldType TextField = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        // Offsets in the postings rather than term vectors: a search highlights a hit's words from the postings it
        // reads anyway, and Lucene 4.8 writes term vectors through buffers it drops after every document (64 KB
        // allocated per passage, more than SmartCn's analysis of it).
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>
    /// The index format, written into every commit's user data and checked on open: an index written with another
    /// layout gets a clear "re-index" message instead of wrong answers. Version 2 keeps passages in doc values;
    /// version 3 adds each document's spin verdict; version 4 records the spin table that judged them; version 5 keeps
    /// a passage's place and window in one value, and the words' offsets in the postings instead of term vectors.
    /// </summary>
    public const string FormatKey = "glossary.format";

    /// <inheritdoc cref="FormatKey"/>
    public const string FormatVersion = "5";

    /// <summary>
    /// The id of the spin table that judged the index's documents (and the number of its pairs, for messages), in
    /// every commit's user data (format 4): an index opened with another table is refused rather than judged twice
    /// over.
    /// </summary>
    public const string SpinTableKey = "glossary.spin";

    /// <inheritdoc cref="SpinTableKey"/>
    public const string SpinPairsKey = "glossary.spin.pairs";

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
