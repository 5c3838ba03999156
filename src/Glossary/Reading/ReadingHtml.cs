using System.Globalization;
using System.Text;
using Glossary.Spin;

namespace Glossary.Reading;

/// <summary>
/// Writes a <see cref="ReadingView"/> as one self-contained HTML page that works offline: the text exactly as
/// written with its terms marked, one popup reused for every mark, pinyin and tone-colour toggles, the spin verdict
/// and the restored reading, the terms by frequency with stepping, and a find box. Style and script are inline; the
/// data is embedded once as JSON (its shape: docs/reading.md). Stateless and thread-safe.
/// </summary>
public static class ReadingHtml
{
    /// <summary>Writes the page to <paramref name="writer"/> (which should encode UTF-8: the page declares it).</summary>
    /// <param name="view">The view to render.</param>
    /// <param name="writer">Where the page goes; it is not closed.</param>
    public static void Write(ReadingView view, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(writer);
        var model = new PageModel(view);
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Html.WriteText(writer, view.Title);
        writer.Write(" — reading view</title>\n<style>\n");
        writer.Write(PageAssets.Style);
        writer.Write("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#text\">Skip to the text</a>\n");
        WriteHeader(writer, view);
        WriteSpin(writer, view);
        writer.Write("<div class=\"layout\">\n<main>\n");
        WriteText(writer, model);
        writer.Write("</main>\n");
        WriteSide(writer, model);
        writer.Write("</div>\n<div id=\"pop\" role=\"tooltip\" hidden></div>\n<script type=\"application/json\" id=\"reading-data\">");
        writer.Write(PageData.Write(model));
        writer.Write("</script>\n<script>\n");
        writer.Write(PageAssets.Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary>The page as a string.</summary>
    /// <param name="view">The view to render.</param>
    public static string ToHtml(ReadingView view)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(view, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the page to a file in UTF-8, atomically: a reader sees the old file or the new one, never half of one.
    /// </summary>
    /// <param name="view">The view to render.</param>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="cancellationToken">Cancels the write; the old file, if any, stays.</param>
    public static Task SaveAsync(ReadingView view, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var html = ToHtml(view);
        cancellationToken.ThrowIfCancellationRequested();
        return IO.AtomicFile.WriteAsync(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html), cancellationToken);
    }

    private static void WriteHeader(TextWriter writer, ReadingView view)
    {
        var restorable = view.Restored is { Replacements.Count: > 0 };
        writer.Write("<header class=\"bar\">\n<h1>");
        Html.WriteText(writer, view.Title);
        writer.Write("</h1>\n<div class=\"controls\" role=\"group\" aria-label=\"Display\">\n");
        writer.Write("<label><input type=\"checkbox\" id=\"opt-pinyin\"> Pinyin</label>\n");
        writer.Write("<label><input type=\"checkbox\" id=\"opt-tones\"> Tone colours</label>\n");
        writer.Write(restorable
            ? "<label><input type=\"checkbox\" id=\"opt-restored\"> Restored reading</label>\n"
            : "<label class=\"off\"><input type=\"checkbox\" id=\"opt-restored\" disabled> Restored reading</label>\n");
        writer.Write("</div>\n<div class=\"find\" role=\"search\">\n<label for=\"find\">Find</label>\n");
        writer.Write("<input id=\"find\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\">\n");
        writer.Write("<button type=\"button\" id=\"find-prev\" aria-label=\"Previous match\">↑</button>");
        writer.Write("<button type=\"button\" id=\"find-next\" aria-label=\"Next match\">↓</button>\n");
        writer.Write("<output id=\"find-count\" for=\"find\" aria-live=\"polite\"></output>\n</div>\n</header>\n");
    }

    private static void WriteSpin(TextWriter writer, ReadingView view)
    {
        if (view.Spin is not { } spin || (spin.Verdict == SpinVerdict.Clean && spin.Substitutions.Count == 0))
        {
            return;
        }

        var inversions = spin.Substitutions.Count(s => s.Kind == SpinKind.Inversion);
        var restored = spin.Substitutions.Count(s => s.Restored);
        writer.Write($"<section class=\"spin {spin.Verdict.ToString().ToLowerInvariant()}\" aria-labelledby=\"spin-h\">\n<h2 id=\"spin-h\">");
        writer.Write(spin.Verdict switch
        {
            SpinVerdict.Spun => "Spun text (伪原创): a synonym spinner rewrote this text",
            SpinVerdict.Unsure => "Possibly spun text (伪原创)",
            _ => "Not spun, but a few spinner forms",
        });
        writer.Write("</h2>\n<p>");
        writer.Write(Invariant($"{spin.Score:0.#} indicators of a spinner per 1,000 characters"));
        if (spin.Evidence.Count > 0)
        {
            writer.Write(": ");
            var first = true;
            foreach (var evidence in spin.Evidence.Take(8))
            {
                writer.Write(first ? "<span lang=\"zh\">" : ", <span lang=\"zh\">");
                Html.WriteText(writer, evidence.Form);
                writer.Write(Invariant($"</span> ×{evidence.Count}"));
                first = false;
            }
        }

        writer.Write(".</p>\n<p>");
        writer.Write(Invariant($"{Count(spin.Substitutions.Count, "substitution")} marked with a wavy underline ({restored:N0} undone in the restored reading"));
        writer.Write(inversions > 0 ? Invariant($"; <strong>⚠ {Count(inversions, "inversion")}</strong>, where the text says the opposite of the original") : string.Empty);
        writer.Write(spin.Gaps.Count > 0 ? Invariant($"); {Count(spin.Gaps.Count, "likely deletion")} marked ‸.") : ").");
        writer.Write(" Each mark's popup gives the probable original and its gloss.</p>\n</section>\n");
    }

    private static void WriteText(TextWriter writer, PageModel model)
    {
        var view = model.View;
        var text = new PageText(model, writer);
        if (view.Units.Count == 0)
        {
            writer.Write("<article id=\"text\" lang=\"zh\" aria-label=\"Text\">");
            text.WriteParagraphs(0, view.Text.Length);
            writer.Write("</article>\n");
            return;
        }

        writer.Write("<article id=\"text\" class=\"bilingual\" lang=\"zh\" aria-label=\"Text, unit by unit with its translation\">");
        var next = 0;
        foreach (var unit in view.Units)
        {
            var entries = new List<int>();
            while (next < model.Occurrences.Count && model.Occurrences[next].Offset < unit.Offset + unit.Length)
            {
                entries.Add(model.Occurrences[next++].Entry);
            }

            writer.Write("<div class=\"unit\"><div class=\"src\">");
            text.WriteParagraphs(unit.Offset, unit.Offset + unit.Length);
            writer.Write("</div><div class=\"tgt\"");
            if (unit.Language is { } language)
            {
                writer.Write(" lang=\"");
                Html.WriteText(writer, language);
                writer.Write('"');
            }

            writer.Write('>');
            if (unit.Translation is { } translation)
            {
                var at = 0;
                foreach (var (offset, length, entry) in TranslationMarks.Find(translation, entries, model))
                {
                    Html.WriteText(writer, translation.AsSpan(at, offset - at));
                    writer.Write(Invariant($"<span class=\"g\" data-e=\"{entry}\">"));
                    Html.WriteText(writer, translation.AsSpan(offset, length));
                    writer.Write("</span>");
                    at = offset + length;
                }

                Html.WriteText(writer, translation.AsSpan(at));
            }

            writer.Write("</div></div>");
        }

        writer.Write("</article>\n");
    }

    private static void WriteSide(TextWriter writer, PageModel model)
    {
        var view = model.View;
        writer.Write("<aside id=\"side\" aria-labelledby=\"side-h\">\n<h2 id=\"side-h\">Terms found</h2>\n<p class=\"hint\">");
        writer.Write(view.Frequencies.Count == 0
            ? "No glossary term occurs in this text."
            : Invariant($"{Count(view.Frequencies.Count, "term")}, {Count(view.Terms.Count, "occurrence")}. Choose one to step through it."));
        writer.Write("</p>\n<div id=\"stepper\" hidden><span id=\"step-term\" lang=\"zh\"></span> ");
        writer.Write("<button type=\"button\" id=\"step-prev\">Previous</button> <output id=\"step-pos\" aria-live=\"polite\"></output> ");
        writer.Write("<button type=\"button\" id=\"step-next\">Next</button></div>\n<ol id=\"terms\">\n");
        foreach (var frequency in view.Frequencies)
        {
            var entry = frequency.Entry;
            writer.Write(Invariant($"<li><button type=\"button\" data-e=\"{model.EntryIndex[entry]}\" aria-pressed=\"false\"><span class=\"f\" lang=\"zh\">"));
            Html.WriteText(writer, entry.Term);
            writer.Write("</span> <span class=\"gl\">");
            Html.WriteText(writer, entry.Glosses[0]);
            writer.Write(Invariant($"</span> <span class=\"n\">{frequency.Count:N0}</span></button></li>\n"));
        }

        writer.Write("</ol>\n<h2>Marks</h2>\n<ul class=\"legend\">\n");
        writer.Write("<li><span class=\"k-t\" lang=\"zh\">术语</span> glossary term (solid underline)</li>\n");
        if (view.Words.Count > 0)
        {
            writer.Write("<li><span class=\"k-w\" lang=\"zh\">词语</span> dictionary word (dotted underline)</li>\n");
        }

        if (view.Spin is { Substitutions.Count: > 0 })
        {
            writer.Write("<li><span class=\"k-s\" lang=\"zh\">手艺</span> spun form (wavy underline)</li>\n");
            writer.Write("<li><span class=\"k-s k-x\" lang=\"zh\">劣势</span> ⚠ inversion: says the opposite</li>\n");
        }

        if (view.Spin is { Gaps.Count: > 0 })
        {
            writer.Write("<li><span class=\"k-g\">‸</span> a word seems deleted here</li>\n");
        }

        writer.Write("</ul>\n<p class=\"hint\">Tab reaches every mark; Enter opens its popup, Escape closes it.</p>\n</aside>\n");
    }

    private static string Count(int count, string noun) => Invariant($"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
