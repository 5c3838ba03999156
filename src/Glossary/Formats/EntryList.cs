using Glossary.Terms;

namespace Glossary.Formats;

// The entries of a line-per-gloss format (TSV, CSV), in the order their terms first appear.
internal sealed class EntryList
{
    private readonly Dictionary<string, EntryBuilder> _byTerm = new(StringComparer.Ordinal);
    private readonly List<EntryBuilder> _order = [];

    public EntryBuilder For(string term)
    {
        if (!_byTerm.TryGetValue(term, out var builder))
        {
            _byTerm[term] = builder = new EntryBuilder(term);
            _order.Add(builder);
        }

        return builder;
    }

    public List<TermEntry> Build(string source) => _order.Select(b => b.Build(source)).ToList();
}
