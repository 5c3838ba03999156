using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Glossary.Formats;
using Glossary.Samples;
using Glossary.Terms;

namespace Glossary.Tests.Properties;

// Generated inputs (FsCheck): texts built from a small alphabet that makes matches, overlaps, line breaks, punctuation,
// Latin letters and characters outside the BMP frequent, so that the rare cases are common here.
public sealed class FuzzProperties
{
    private static readonly string[] Alphabet = ["大", "买", "卖", "卡", "脖", "子", "，", "。", "\n", "\r\n", "𠀀", "😀", "a", "A", " ", "大买卖"];

    private static Gen<string[]> Pieces(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n));

    private static Arbitrary<(string Text, string Query)> TextAndQuery() =>
        Pieces(1, 300).SelectMany(pieces => Gen.Choose(0, pieces.Length - 1).SelectMany(start =>
                Gen.Choose(1, Math.Min(5, pieces.Length - start)).Select(count =>
                    (string.Concat(pieces), string.Concat(pieces.Skip(start).Take(count))))))
            .ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Lookup_CountEqualsAnOrdinalScan_AndEveryOffsetMapsBack() =>
        Prop.ForAll(TextAndQuery(), input =>
        {
            var (text, query) = input;
            if (string.IsNullOrWhiteSpace(query) || query.Contains('\n', StringComparison.Ordinal) || query.Contains('\r', StringComparison.Ordinal))
            {
                return true; // not a valid look-up (an argument error, tested elsewhere)
            }

            using var index = CorpusIndex.InMemory();
            index.AddDocumentAsync("d", text).GetAwaiter().GetResult();
            var report = index.Lookup(query);
            return report.Count == Scan.Count(text, query)
                && report.Occurrences.All(o => text.Substring(o.Offset, o.Length) == query)
                && index.GetDocumentText("d") == text;
        });

    private static readonly Lazy<CorpusIndex> Article = new(() =>
    {
        var index = CorpusIndex.InMemory(new() { Terms = SampleCorpus.Glossary });
        index.AddDocumentAsync("article", SampleCorpus.Article).GetAwaiter().GetResult();
        return index;
    });

    private static readonly string[] QueryPieces =
        ["大买卖", "卡脖子", "手艺", "\"", " ", "AND", "OR", "NOT", "*", "?", "~", "^2", "(", ")", "[", "]", "{", "}", ":", "\\", "/", "-", "+", "&&", "||", "!", "grand", "bargain", "的", "，", "𠀀", "\t"];

    [Property(MaxTest = 200)]
    public Property Search_AnyStringUpTo256Characters_IsAnsweredWithoutError_ALongerOneIsAClearError() =>
        Prop.ForAll(Gen.Choose(1, 120).SelectMany(n => Gen.ArrayOf(Gen.Elements(QueryPieces), n)).Select(string.Concat).ToArbitrary(), query =>
        {
            try
            {
                var hits = Article.Value.Search(query, limit: 5);
                return query.Length <= 256 && !string.IsNullOrWhiteSpace(query) && hits.All(h => h.Text.Length > 0);
            }
            catch (ArgumentException e)
            {
                return (query.Length > 256 && e.Message.StartsWith($"The query is {query.Length:N0} characters long", StringComparison.Ordinal))
                    || string.IsNullOrWhiteSpace(query);
            }
        });

    [Property(MaxTest = 100)]
    public Property Annotate_SpansNeverOverlap_AndMapBackToTheText() =>
        Prop.ForAll(Pieces(1, 400).Select(string.Concat).ToArbitrary(), text =>
        {
            var terms = new TermBase(new[] { "大买", "买卖", "大买卖", "卡脖子", "子", "𠀀", "a" }.Select(t => new TermEntry(t, ["x"])));
            var spans = terms.Annotate(text);
            return spans.All(s => text.Substring(s.Offset, s.Length) == s.Text)
                && spans.Zip(spans.Skip(1)).All(p => p.First.Offset + p.First.Length <= p.Second.Offset);
        });

    [Property(MaxTest = 100)]
    public Property Tsv_SaveThenLoad_KeepsEveryEntry() =>
        Prop.ForAll(Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(
                    Pieces(1, 4).Select(p => string.Concat(p).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Trim()), n))
            .ToArbitrary(), terms =>
        {
            var distinct = terms.Where(t => t.Length > 0 && !t.StartsWith('#')).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count == 0)
            {
                return true;
            }

            var original = new TermBase(distinct.Select((t, i) => new TermEntry(t, [$"gloss {i}", $"other {i}"]) { Note = $"note {t}" }));
            var path = Path.GetTempFileName() + ".tsv";
            try
            {
                GlossaryFile.Save(original, path);
                var copy = GlossaryFile.Load(path);
                return copy.Entries.Count == original.Entries.Count
                    && copy.Entries.Zip(original.Entries).All(p => p.First.Term == p.Second.Term
                        && p.First.Glosses.SequenceEqual(p.Second.Glosses) && p.First.Note == p.Second.Note);
            }
            finally
            {
                File.Delete(path);
            }
        });
}
