using System.Text;

namespace Glossary.Text;

/// <summary>A text file's content and the encoding it was read in.</summary>
/// <param name="Text">The text, exactly as decoded (line endings and all).</param>
/// <param name="Encoding">The encoding used: the one named, the byte-order mark's, UTF-8, or the one detected.</param>
public sealed record DecodedText(string Text, Encoding Encoding);
