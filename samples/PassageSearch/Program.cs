// Search the bundled article (a Chinese commentary on a US "grand bargain" with the AI industry) and print the
// best passages with the matches in 【brackets】 and the glossary terms they contain, glossed in English.
//
//   dotnet run --project samples/PassageSearch -- 卡脖子
//   dotnet run --project samples/PassageSearch -- "grand bargain"
using System.Text;
using Glossary.Querying;
using Glossary.Samples;

Console.OutputEncoding = Encoding.UTF8;
var query = args.Length > 0 ? string.Join(' ', args) : "大买卖";

// An in-memory Lucene index of the article and its 113-entry glossary.
using var index = await SampleCorpus.OpenIndexAsync();

// If the query is a glossary term, say what it means and how often it occurs.
var entry = index.Terms.Find(query);
if (entry is not null)
{
    var report = index.Lookup(query);
    Console.WriteLine($"{entry.Term} {entry.Pinyin} = {string.Join("; ", entry.Glosses)} ({report.Count}×)");
    Console.WriteLine();
}

var hits = index.Search(query, limit: 5);
Console.WriteLine($"{hits.Count} passage(s) for \"{query}\":");
foreach (var hit in hits)
{
    Console.WriteLine();
    Console.WriteLine($"[{hit.Document} #{hit.Passage}, offset {hit.Offset}, score {hit.Score:F2}]");
    Console.WriteLine(Highlight(hit));
    foreach (var term in hit.Terms.DistinctBy(t => t.Entry))
    {
        Console.WriteLine($"    {term.Text} — {string.Join("; ", term.Entry.Glosses)}");
    }
}

if (hits.Count == 0)
{
    Console.WriteLine("Try 卡脖子, 出口管制, 人才, or an English word such as \"chokehold\".");
}

// Wraps each highlight in 【】; highlight offsets are document offsets, so shift them into the passage.
static string Highlight(PassageHit hit)
{
    var text = new StringBuilder(hit.Text);
    foreach (var h in hit.Highlights.Reverse())
    {
        text.Insert(h.Offset - hit.Offset + h.Length, '】').Insert(h.Offset - hit.Offset, '【');
    }

    return text.ToString();
}
