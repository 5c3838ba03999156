namespace Glossary.Reading;

// The page's stylesheet and script, embedded resources inlined into every page (no network, no fonts, no CDN).
// Read once per process, in a holder, on the first page written.
internal static class PageAssets
{
    public static string Style => Holder.Style;

    public static string Script => Holder.Script;

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the library.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static class Holder
    {
        public static readonly string Style = Read("Glossary.Reading.page.css");
        public static readonly string Script = Read("Glossary.Reading.page.js");
    }
}
