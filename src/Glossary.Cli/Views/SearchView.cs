using Glossary.Querying;

namespace Glossary.Cli.Views;

/// <summary>A search: the best passages, and how many matched in all.</summary>
internal sealed record SearchView(string Query, SearchResults Hits);
