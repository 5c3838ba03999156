namespace Glossary.Cli.Views;

/// <summary>A conversion done: the files, the entries written, and the lines of the input that were skipped.</summary>
internal sealed record ConvertView(string Input, string Output, int Entries, int Skipped);
