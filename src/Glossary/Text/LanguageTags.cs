namespace Glossary.Text;

// Language tags as files write them (BCP 47 in TBX, TMX and XLIFF; zh_CN in older tools): the primary subtag
// decides, case-insensitively, so zh-Hant-TW is Chinese and zha (Zhuang) is not.
internal static class LanguageTags
{
    /// <summary>The words a message uses to say what counts as Chinese.</summary>
    public const string ChineseExamples = "zh, zh-CN, zh-Hans, zh-TW or zh-Hant";

    public static bool IsChinese(string language) => HasPrimaryTag(language, "zh", "zho", "chi", "cmn");

    public static bool IsEnglish(string language) => HasPrimaryTag(language, "en", "eng");

    public static bool HasPrimaryTag(string language, params ReadOnlySpan<string> tags)
    {
        var end = language.AsSpan().IndexOfAny('-', '_');
        var primary = end < 0 ? language.AsSpan() : language.AsSpan(0, end);
        foreach (var tag in tags)
        {
            if (primary.Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
