using Glossary.Spin;
using Glossary.Terms;

namespace Glossary.Cli.Views;

/// <summary>A text with its glossary terms and its spin analysis; sources are shown when several term bases are layered.</summary>
internal sealed record AnnotateView(string Text, IReadOnlyList<TermSpan> Spans, SpinReport Spin, bool ShowSources);
