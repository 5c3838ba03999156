using System.Runtime.CompilerServices;
using Glossary.Analysis;
using Glossary.Errors;
using Glossary.Spin;
using Glossary.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Glossary.Querying;

/// <summary>
/// Reads passages from the doc values of one index reader: column-stored, so a passage costs one read of its
/// <see cref="PassageRecord"/>, where stored fields would decompress a block per passage. One instance per query.
/// </summary>
internal sealed class PassageValues(IndexReader reader, SpinTable? spinTable = null)
{
    private SpinTable SpinTable => spinTable ?? throw new InvalidOperationException("Spun forms are verified with a spin table.");

    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly Leaf?[] _opened = new Leaf?[reader.Leaves.Count];

    public StoredPassage Load(int docId)
    {
        var (leaf, doc) = Locate(docId);
        var record = leaf.Record(doc);
        return new StoredPassage(leaf.Document(doc), record.Number, record.SegmentStart, record.SegmentEnd, record.Offset, record.Length,
            record.WindowStart, record.Window.ToString());
    }

    /// <summary>
    /// Every start of each form inside the passage's segment, found by an ordinal scan of its window in place (no
    /// string is made for passages that are only scanned), and verified while the window is at hand: a form in
    /// <paramref name="spun"/> is kept, marked with what it stands for, where the document is judged spun and
    /// restoring the window there gives that form back; otherwise only forms in <paramref name="asWritten"/> are kept.
    /// With <paramref name="context"/> ≥ 0, each kept match's context is cut from the same window.
    /// </summary>
    public void Scan(int docId, IReadOnlyList<string> forms, IReadOnlySet<string> asWritten, IReadOnlyDictionary<string, string> spun, int context,
        List<LookupMatch> found)
    {
        var (leaf, doc) = Locate(docId);
        var record = leaf.Record(doc);
        var window = record.Window;
        var windowStart = record.WindowStart;
        var from = record.SegmentStart - windowStart;
        var until = record.SegmentEnd - windowStart;
        string? document = null;
        long? mark = null;
        foreach (var form in forms)
        {
            for (var i = from; i < until;)
            {
                var at = window[i..].IndexOf(form, StringComparison.Ordinal);
                if (at < 0 || i + at >= until)
                {
                    break;
                }

                var start = i + at;
                i = start + 1;
                string? original = null;
                if (spun.TryGetValue(form, out var stands))
                {
                    mark ??= leaf.Spin.Get(doc);
                    original = SpinTable.VerdictOf(mark.Value) == SpinVerdict.Spun && SpinTable.RestoresTo(window, start, form.Length, stands, mark.Value)
                        ? stands
                        : null;
                }

                if (original is null && !asWritten.Contains(form))
                {
                    continue;
                }

                document ??= leaf.Document(doc);
                if (context < 0)
                {
                    found.Add(new LookupMatch(document, windowStart + start, form, docId, original, null, null, 0));
                    continue;
                }

                var (left, right) = Context(window, start, start + form.Length, context);
                found.Add(new LookupMatch(document, windowStart + start, form, docId, original, window[left..start].ToString(),
                    window[(start + form.Length)..right].ToString(), record.Number));
            }
        }
    }

    /// <summary>The spin verdict of the passage's document.</summary>
    public SpinVerdict Verdict(int docId)
    {
        var (leaf, doc) = Locate(docId);
        return SpinTable.VerdictOf(leaf.Spin.Get(doc));
    }

    /// <summary>
    /// The occurrence <paramref name="match"/> with up to <paramref name="context"/> characters each side, stopping at
    /// line breaks: the context the scan cut, or cut now from the window when the scan did not (a limited look-up
    /// reads again only the windows of the occurrences it returns).
    /// </summary>
    public TermOccurrence Occurrence(LookupMatch match, int context, AlignedTranslation? translation)
    {
        if (match.Left is { } cutLeft && match.Right is { } cutRight)
        {
            return new TermOccurrence(match.Document, match.Offset, match.Form, cutLeft, cutRight, match.Passage, match.SpunFormOf, translation);
        }

        var (leaf, doc) = Locate(match.DocId);
        var record = leaf.Record(doc);
        var window = record.Window;
        var start = match.Offset - record.WindowStart;
        var end = start + match.Form.Length;
        var (left, right) = Context(window, start, end, context);
        return new TermOccurrence(match.Document, match.Offset, match.Form, window[left..start].ToString(), window[end..right].ToString(),
            record.Number, match.SpunFormOf, translation);
    }

    // Up to context characters each side of [start, end), never past a line break.
    private static (int Left, int Right) Context(ReadOnlySpan<char> window, int start, int end, int context)
    {
        var left = Math.Max(0, start - context);
        left = Math.Max(left, window[left..start].LastIndexOfAny(LineBreaks.Chars) + left + 1);
        var right = Math.Min(window.Length, end + context);
        var lineBreak = window[end..right].IndexOfAny(LineBreaks.Chars);
        return (left, lineBreak < 0 ? right : end + lineBreak);
    }

    /// <summary>
    /// The other side of a bilingual passage's unit: its id, and the first language that is not Chinese (English when
    /// there are several, as in a many-language memory, since glosses are English); <see langword="null"/> for a
    /// passage of a plain document or a unit with no other side.
    /// </summary>
    public (string Unit, string Language, string Text)? OtherSide(int docId)
    {
        var (leaf, doc) = Locate(docId);
        if (leaf.Unit(doc) is not { Texts.Count: > 0 } unit)
        {
            return null;
        }

        var (language, text) = unit.Texts.Find(t => LanguageTags.IsEnglish(t.Language)) is { Language: not null } english ? english : unit.Texts[0];
        return (unit.Id, language, text);
    }

    private (Leaf Leaf, int Doc) Locate(int docId)
    {
        var i = ReaderUtil.SubIndex(docId, _leaves);
        var leaf = _opened[i] ??= new Leaf(_leaves[i].AtomicReader);
        return (leaf, docId - _leaves[i].DocBase);
    }

    private sealed class Leaf
    {
        // The document keys of each segment by ordinal, filled as look-ups meet them and kept while the segment lives
        // (its core, whatever reader shares it): a key is read from the doc values once per segment, not once per
        // look-up per document. Two threads may fill the same slot; both write the same key.
        private static readonly ConditionalWeakTable<object, string?[]> Keys = new();

        private readonly BinaryDocValues _passage;
        private readonly BinaryDocValues? _unit;
        private readonly BinaryDocValues? _translation;
        private readonly SortedDocValues _document;
        private readonly string?[] _keys;
        private readonly BytesRef _bytes = new();

        public Leaf(AtomicReader reader)
        {
            Spin = reader.GetNumericDocValues(Schema.Spin) ?? throw Damaged(Schema.Spin);
            _passage = reader.GetBinaryDocValues(Schema.Passage) ?? throw Damaged(Schema.Passage);
            _unit = reader.GetBinaryDocValues(Schema.Unit); // none in a segment of plain documents only
            _translation = reader.GetBinaryDocValues(Schema.Translation);
            _document = reader.GetSortedDocValues(Schema.Document) ?? throw Damaged(Schema.Document);
            _keys = Keys.GetValue(reader.CoreCacheKey, _ => new string?[_document.ValueCount]);
        }

        public NumericDocValues Spin { get; }

        /// <summary>The passage's place and window, a view of this leaf's buffer valid until its next read.</summary>
        public PassageRecord Record(int doc)
        {
            _passage.Get(doc, _bytes);
            return PassageRecord.Of(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length));
        }

        public (string Id, List<(string Language, string Text)> Texts)? Unit(int doc)
        {
            if (_unit is null || _translation is null)
            {
                return null;
            }

            _unit.Get(doc, _bytes);
            if (_bytes.Length == 0)
            {
                return null;
            }

            var id = _bytes.Utf8ToString();
            _translation.Get(doc, _bytes);
            return (id, TranslationValues.Decode(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length)));
        }

        public string Document(int doc)
        {
            var ord = _document.GetOrd(doc);
            if (_keys[ord] is not { } key)
            {
                var bytes = new BytesRef();
                _document.LookupOrd(ord, bytes);
                _keys[ord] = key = bytes.Utf8ToString();
            }

            return key;
        }

        private static GlossaryException Damaged(string field) => new(
            $"The index is damaged or was written by another version: its passages have no '{field}' values. Re-index the documents.");
    }
}
