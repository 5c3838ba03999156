namespace Glossary.Spin;

/// <summary>A place where a word seems to have been deleted (a dangling 更的是, two enumeration commas in a row).</summary>
/// <param name="Offset">Where the word seems missing, in UTF-16 code units into the text as written.</param>
/// <param name="Note">What seems to be missing, in English.</param>
public sealed record SpinGap(int Offset, string Note);
