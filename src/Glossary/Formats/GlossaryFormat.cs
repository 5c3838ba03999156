
namespace Glossary.Formats;

/// <summary>A glossary file format. <see cref="Auto"/> picks one by file extension, then by content.</summary>
public enum GlossaryFormat
{
    /// <summary>Chosen by extension (<c>.tsv .tab .csv .tbx .u8</c>), else by content.</summary>
    Auto = 0,

    /// <summary>
    /// OmegaT's tab-separated glossary: <c>term⇥gloss⇥note</c>, UTF-8, <c>#</c> comment lines (kept in
    /// <see cref="Terms.TermBase.Comments"/>); this library adds optional columns OmegaT ignores: variants (separated
    /// by <c>|</c>), pinyin and the gloss's status.
    /// </summary>
    Tsv,

    /// <summary>
    /// RFC 4180 CSV with a header row naming the columns in any order: <c>term</c>, <c>gloss</c> (or
    /// <c>translation</c>), and optionally <c>pinyin</c>, <c>note</c>, <c>variants</c>, <c>definition</c>,
    /// <c>part of speech</c>, <c>status</c>, <c>term status</c>; or naming languages, as memoQ exports it
    /// (<c>Chinese (PRC)</c>, <c>English (United States)</c>, <c>zh-CN</c>, <c>EN</c>, <c>Chinese (PRC)_Def</c>):
    /// Chinese columns are the term and its variants, English ones the glosses. Comma, semicolon or tab separated. Also
    /// OmegaT's layout, without a header row (term, translation, comment), recognised by a first <c>#</c> line or a
    /// Chinese first term. Written in the <see cref="CsvLayout"/> asked for; only OmegaT's layout keeps a term base's
    /// <see cref="Terms.TermBase.Comments"/> (as <c>#</c> lines).
    /// </summary>
    Csv,

    /// <summary>TBX (ISO 30042): reads TBX v2 (<c>martif</c>) and v3 (<c>tbx</c>); writes TBX-Basic v2.</summary>
    Tbx,

    /// <summary>CC-CEDICT: <c>Traditional Simplified [pin1 yin1] /gloss/gloss/</c> (read only).</summary>
    CcCedict,
}
