using Glossary.Errors;
using Glossary.Terms;
using Glossary.Text;

namespace Glossary.Bilingual;

/// <summary>
/// A bilingual file as read: its units in file order, the languages it declares and holds, the problems met while
/// reading, and the glossary it carries (XLIFF 2's glossary module), if any.
/// </summary>
public sealed class BilingualDocument
{
    internal BilingualDocument(string source, BilingualFormat format, string? sourceLanguage, string? targetLanguage,
        IReadOnlyList<TranslationUnit> units, IReadOnlyList<GlossaryIssue> issues, TermBase terms)
    {
        Source = source;
        Format = format;
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        Units = units.ToList().AsReadOnly();
        Issues = issues.ToList().AsReadOnly();
        Terms = terms;
        Languages = Units.SelectMany(u => u.Texts).Select(t => t.Language).Distinct(StringComparer.OrdinalIgnoreCase).ToList().AsReadOnly();
    }

    /// <summary>The file name (or the source name given for a stream).</summary>
    public string Source { get; }

    /// <summary>The format it was read as.</summary>
    public BilingualFormat Format { get; }

    /// <summary>The source language the file declares (TMX <c>srclang</c>, XLIFF <c>srcLang</c>/<c>source-language</c>), or <see langword="null"/>.</summary>
    public string? SourceLanguage { get; }

    /// <summary>The target language the file declares, or <see langword="null"/>.</summary>
    public string? TargetLanguage { get; }

    /// <summary>Every language the units hold, in the order first seen.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Whether one of <see cref="Languages"/> is Chinese: only such a file can be indexed.</summary>
    public bool HasChinese => Languages.Any(LanguageTags.IsChinese);

    /// <summary>The units, in file order.</summary>
    public IReadOnlyList<TranslationUnit> Units { get; }

    /// <summary>Units and places that had to be skipped (file, line, column and reason); empty in strict mode.</summary>
    public IReadOnlyList<GlossaryIssue> Issues { get; }

    /// <summary>The glossary entries the file carries (XLIFF 2's <c>gls:glossEntry</c>); <see cref="TermBase.Empty"/> otherwise.</summary>
    public TermBase Terms { get; }
}
