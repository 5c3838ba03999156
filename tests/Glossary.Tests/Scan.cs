namespace Glossary.Tests;

/// <summary>Reference answers computed the plain way, to check the index against.</summary>
internal static class Scan
{
    /// <summary>Offsets of an ordinal, left-to-right, non-overlapping scan for any of <paramref name="forms"/>, longest first where several start at one place.</summary>
    public static List<int> Offsets(string text, params IEnumerable<string> forms)
    {
        var sorted = forms.Distinct().OrderByDescending(f => f.Length).ToList();
        var offsets = new List<int>();
        for (var i = 0; i < text.Length;)
        {
            var match = sorted.FirstOrDefault(f => string.CompareOrdinal(text, i, f, 0, f.Length) == 0 && i + f.Length <= text.Length);
            if (match is null)
            {
                i++;
                continue;
            }

            offsets.Add(i);
            i += match.Length;
        }

        return offsets;
    }

    /// <summary>The count of a single string by repeated <see cref="string.IndexOf(string, int, StringComparison)"/>.</summary>
    public static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
