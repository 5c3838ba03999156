using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Cli.Rendering;

// The --json shapes, documented in the README and pinned by golden files. Property names are camelCase; Chinese is
// written as is, not as \u escapes, so the output stays readable.
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static void Write<T>(TextWriter output, T value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, Options));
    }

    public static EntryJson? Entry(TermEntry? e) =>
        e is null ? null : new EntryJson(e.Term, e.Variants, e.Pinyin, e.Glosses, e.Note, e.Source, Status(e.Status), e.Definition,
            e.Translations.Select(t => new TranslationJson(t.Text, Status(t.Status), t.PartOfSpeech, t.IsClassifier)).ToList());

    /// <summary>The status of the form a span matched (a deprecated variant is marked even when the headword is not).</summary>
    public static string? FormStatus(TermSpan span) => Status(EntryView.MatchedForm(span)?.Status ?? TermStatus.Unspecified);

    private static string? Status(TermStatus status) => status == TermStatus.Unspecified ? null : EntryView.StatusWord(status);

    public sealed record EntryJson(string Term, IReadOnlyList<string> Variants, string? Pinyin, IReadOnlyList<string> Glosses, string? Note, string? Source,
        string? Status, string? Definition, IReadOnlyList<TranslationJson> Translations);

    public sealed record TranslationJson(string Text, string? Status, string? PartOfSpeech, bool Classifier);

    public sealed record OccurrenceJson(string Document, int Offset, int Length, string Match, string Left, string Right,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SpunFormOf = null);

    public sealed record TermJson(string Query, int Count, EntryJson? Entry, IReadOnlyList<EntryJson> Entries, IReadOnlyList<OccurrenceJson> Occurrences);

    public sealed record RangeJson(int Offset, int Length);

    public sealed record TermGlossJson(string Term, IReadOnlyList<string> Glosses);

    public sealed record HitJson(string Document, int Passage, int Offset, int Length, double Score, string Text, IReadOnlyList<RangeJson> Highlights, IReadOnlyList<TermGlossJson> Terms);

    public sealed record SearchJson(string Query, IReadOnlyList<HitJson> Hits);

    public sealed record SpanJson(int Offset, int Length, string Text, string Term, string? Status, string? Pinyin, IReadOnlyList<string> Glosses, string? Source);

    public sealed record AnnotateJson(IReadOnlyList<SpanJson> Spans, SpinJson Spin);

    public sealed record SpinJson(string Verdict, double Score, IReadOnlyList<EvidenceJson> Evidence, IReadOnlyList<SubstitutionJson> Substitutions, IReadOnlyList<GapJson> Gaps);

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
