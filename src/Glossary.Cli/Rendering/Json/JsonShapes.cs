using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Glossary.Querying;
using Glossary.Cli.Input;
using Glossary.Cli.Rendering.Text;
using Glossary.Cli.Views;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Cli.Rendering.Json;

// The --json renderer: each view as the shape documented in the README and pinned by golden files. Property names
// are camelCase; Chinese is written as is, not as \u escapes, so the output stays readable. A list that may be cut
// by a limit has its total beside it (count for occurrences, entriesTotal, total for hits, entries for terms).
internal static partial class JsonShapes
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static void Write(TextWriter output, object shape) => output.WriteLine(JsonSerializer.Serialize(shape, shape.GetType(), Options));

    public static TermJson Term(TermView view) => new(
        view.Query,
        view.Count,
        Entry(view.Match.Entries.Count > 0 ? view.Match.Entries[0] : null),
        view.Match.Entries.Select(e => Entry(e)!).ToList(),
        view.Match.Total,
        view.Occurrences.Select(o => new OccurrenceJson(o.Document, o.Offset, o.Length, o.Match, o.Left, o.Right, o.SpunFormOf, Aligned(o.Translation))).ToList(),
        view.Renderings.Select(r => new RenderingJson(r.Text, r.Count, r.InGlossary ? Status(r.Status) ?? "approved" : null, r.InGlossary, r.Units)).ToList());

    public static SearchJson Search(SearchView view) => new(view.Query, view.Hits.Total, view.Hits.Select(h => new HitJson(
        h.Document, h.Passage, h.Offset, h.Length, Math.Round(h.Score, 4), h.Text,
        h.Highlights.Select(r => new RangeJson(r.Offset, r.Length)).ToList(),
        h.Terms.DistinctBy(t => t.Entry).Select(t => new TermGlossJson(t.Entry.Term, t.Entry.Glosses)).ToList(), Aligned(h.Translation))).ToList());

    public static AnnotateJson Annotate(AnnotateView view) => new(
        view.Spans.Select(s => new SpanJson(s.Offset, s.Length, s.Text, s.Entry.Term, Status(EntryText.MatchedForm(s)?.Status ?? TermStatus.Unspecified),
            s.Entry.Pinyin, s.Entry.Glosses, s.Entry.Source)).ToList(),
        Spin(view.Spin));

    public static RestoreJson Restore(RestoreView view) => new(
        Verdict(view.Report.Verdict),
        view.Report.Score,
        view.Restored.Text,
        view.Restored.Replacements.Select(r => new ReplacementJson(r.Offset, r.Length, r.Substitution.Offset, r.Substitution.Length,
            r.Substitution.Spun, r.Substitution.Original, SpinText.Kind(r.Substitution.Kind))).ToList());

    public static TermsJson Terms(TermsView view) => new(view.Total, view.Shown.Select(f =>
        new FrequencyJson(f.Entry.Term, f.Entry.Variants, f.Entry.Pinyin, f.Entry.Glosses, f.Count)).ToList());

    public static ConvertJson Convert(ConvertView view) => new(view.Input, view.Output, view.Entries, view.Skipped);

    public static IndexJson Index(IndexView view) =>
        new(Path.GetFullPath(view.Index), view.Documents, view.Passages, view.Characters, Math.Round(view.Seconds, 2));

    private static EntryJson? Entry(TermEntry? e) =>
        e is null ? null : new EntryJson(e.Term, e.Variants, e.Pinyin, e.Glosses, e.Note, e.Source, Status(e.Status), e.Definition,
            e.Translations.Select(t => new TranslationJson(t.Text, Status(t.Status), t.PartOfSpeech, t.IsClassifier)).ToList());

    private static SpinJson Spin(SpinReport report) => new(
        Verdict(report.Verdict),
        report.Score,
        report.Evidence.Select(e => new EvidenceJson(e.Form, e.Count)).ToList(),
        report.Substitutions.Select(s => new SubstitutionJson(
            s.Offset, s.Length, s.Spun, s.Original, SpinText.Kind(s.Kind), s.Confidence.ToString().ToLowerInvariant(), s.Restored, s.Gloss)).ToList(),
        report.Gaps.Select(g => new GapJson(g.Offset, g.Note)).ToList(),
        report.Paragraphs.Select(p => new ParagraphJson(p.Offset, p.Length, Verdict(p.Verdict), p.Evidence)).ToList());

    private static string Verdict(SpinVerdict verdict) => verdict.ToString().ToLowerInvariant();

    private static AlignedJson? Aligned(AlignedTranslation? t) =>
        t is null ? null : new AlignedJson(t.Language, t.Text, t.Unit, t.Highlights.Select(h => new RangeJson(h.Offset, h.Length)).ToList());

    private static string? Status(TermStatus status) => status == TermStatus.Unspecified ? null : EntryText.StatusWord(status);

    public sealed record EntryJson(string Term, IReadOnlyList<string> Variants, string? Pinyin, IReadOnlyList<string> Glosses, string? Note, string? Source,
        string? Status, string? Definition, IReadOnlyList<TranslationJson> Translations);

    public sealed record TranslationJson(string Text, string? Status, string? PartOfSpeech, bool Classifier);

    public sealed record OccurrenceJson(string Document, int Offset, int Length, string Match, string Left, string Right,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SpunFormOf = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AlignedJson? Translation = null);

    /// <summary>The other side of a bilingual unit; highlights are offsets in its text.</summary>
    public sealed record AlignedJson(string Language, string Text, string Unit, IReadOnlyList<RangeJson> Highlights);

    public sealed record TermJson(string Query, int Count, EntryJson? Entry, IReadOnlyList<EntryJson> Entries, int EntriesTotal, IReadOnlyList<OccurrenceJson> Occurrences,
        IReadOnlyList<RenderingJson> Renderings);

    /// <summary>A way the term was translated: status is the glossary's word for it ("approved" when the glossary has it without one), null when not in the glossary.</summary>
    public sealed record RenderingJson(string Text, int Count, string? Status, bool InGlossary, IReadOnlyList<string> Units);

    public sealed record RangeJson(int Offset, int Length);

    public sealed record TermGlossJson(string Term, IReadOnlyList<string> Glosses);

    public sealed record HitJson(string Document, int Passage, int Offset, int Length, double Score, string Text, IReadOnlyList<RangeJson> Highlights, IReadOnlyList<TermGlossJson> Terms,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AlignedJson? Translation = null);

    public sealed record SearchJson(string Query, int Total, IReadOnlyList<HitJson> Hits);

    public sealed record SpanJson(int Offset, int Length, string Text, string Term, string? Status, string? Pinyin, IReadOnlyList<string> Glosses, string? Source);

    public sealed record AnnotateJson(IReadOnlyList<SpanJson> Spans, SpinJson Spin);

    public sealed record SpinJson(string Verdict, double Score, IReadOnlyList<EvidenceJson> Evidence, IReadOnlyList<SubstitutionJson> Substitutions, IReadOnlyList<GapJson> Gaps,
        IReadOnlyList<ParagraphJson> Paragraphs);

    /// <summary>A paragraph (non-blank line) and its own verdict; evidence = the indicators it holds.</summary>
    public sealed record ParagraphJson(int Offset, int Length, string Verdict, int Evidence);

    public sealed record EvidenceJson(string Form, int Count);

    public sealed record SubstitutionJson(int Offset, int Length, string Spun, string Original, string Kind, string Confidence, bool Restored, string? Gloss);

    public sealed record GapJson(int Offset, string Note);

    public sealed record ReplacementJson(int Offset, int Length, int WrittenOffset, int WrittenLength, string Spun, string Original, string Kind);

    public sealed record RestoreJson(string Verdict, double Score, string Text, IReadOnlyList<ReplacementJson> Replacements);

    public sealed record FrequencyJson(string Term, IReadOnlyList<string> Variants, string? Pinyin, IReadOnlyList<string> Glosses, int Count);

    public sealed record TermsJson(int Entries, IReadOnlyList<FrequencyJson> Terms);

    public sealed record ConvertJson(string Input, string Output, int Entries, int Skipped);

    public sealed record IndexJson(string Index, int Documents, int Passages, long Characters, double Seconds);
}
