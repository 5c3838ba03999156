using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Reading;

// The page's data, embedded once as JSON in <script type="application/json">; its shape is documented in
// docs/reading.md. The encoder keeps Chinese as UTF-8 but escapes <, > and &, so no text can close the script.
internal static class PageData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(PageModel model)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var view = model.View;
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteString("title", view.Title);
            json.WriteStartArray("entries");
            foreach (var (entry, isWord) in model.Entries)
            {
                WriteEntry(json, entry, isWord);
            }

            json.WriteEndArray();
            json.WriteStartArray("occ");
            foreach (var occurrence in model.Occurrences)
            {
                json.WriteNumberValue(occurrence.Entry);
                json.WriteNumberValue(occurrence.Form);
            }

            json.WriteEndArray();
            json.WriteStartArray("freq");
            foreach (var frequency in view.Frequencies)
            {
                json.WriteStartArray();
                json.WriteNumberValue(model.EntryIndex[frequency.Entry]);
                json.WriteNumberValue(frequency.Count);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            WriteSpin(json, model);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // Forms and glosses alike: [text, status] pairs.
    private static void WriteDesignations(Utf8JsonWriter json, string name, IEnumerable<Designation> designations)
    {
        json.WriteStartArray(name);
        foreach (var designation in designations)
        {
            json.WriteStartArray();
            json.WriteStringValue(designation.Text);
            json.WriteStringValue(StatusName(designation.Status));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteEntry(Utf8JsonWriter json, TermEntry entry, bool isWord)
    {
        json.WriteStartObject();
        WriteDesignations(json, "forms", entry.Forms);
        if (entry.Pinyin is { } pinyin)
        {
            json.WriteString("pinyin", pinyin);
        }

        WriteDesignations(json, "glosses", entry.Translations);
        if (entry.Note is { } note)
        {
            json.WriteString("note", note);
        }

        if (entry.Definition is { } definition)
        {
            json.WriteString("definition", definition);
        }

        if (entry.Source is { } source)
        {
            json.WriteString("source", source);
        }

        if (isWord)
        {
            json.WriteBoolean("word", true);
        }

        json.WriteEndObject();
    }

    private static void WriteSpin(Utf8JsonWriter json, PageModel model)
    {
        if (model.View.Spin is not { } spin)
        {
            json.WriteNull("spin");
            return;
        }

        json.WriteStartObject("spin");
        json.WriteString("verdict", spin.Verdict.ToString().ToLowerInvariant());
        json.WriteNumber("score", Math.Round(spin.Score, 2));
        json.WriteStartArray("pairs");
        foreach (var pair in model.Pairs)
        {
            json.WriteStartObject();
            json.WriteString("spun", pair.Spun);
            json.WriteString("original", pair.Original);
            json.WriteString("kind", KindName(pair.Kind));
            json.WriteString("confidence", pair.Confidence.ToString().ToLowerInvariant());
            json.WriteString("note", pair.Note);
            if (pair.Gloss is { } gloss)
            {
                json.WriteString("gloss", gloss);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        // Each substitution as pair × 2 + 1 when the restored reading replaces it.
        json.WriteStartArray("subs");
        for (var i = 0; i < spin.Substitutions.Count; i++)
        {
            json.WriteNumberValue((model.SubstitutionPairs[i] * 2) + (spin.Substitutions[i].Restored ? 1 : 0));
        }

        json.WriteEndArray();
        json.WriteStartArray("gaps");
        foreach (var gap in spin.Gaps)
        {
            json.WriteStringValue(gap.Note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A status as the page and the tool's JSON spell it ("" when the glossary says nothing).</summary>
    public static string StatusName(TermStatus status) => status == TermStatus.Unspecified ? string.Empty : status.ToString().ToLowerInvariant();

    /// <summary>A kind of substitution as the tool's help and JSON spell it.</summary>
    public static string KindName(SpinKind kind) => kind switch
    {
        SpinKind.Inversion => "inversion",
        SpinKind.Boundary => "boundary",
        SpinKind.NonWord => "non-word",
        SpinKind.RealWord => "real word",
        _ => "near-synonym",
    };
}
