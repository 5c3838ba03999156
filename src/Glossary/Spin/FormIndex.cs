namespace Glossary.Spin;

/// <summary>
/// Where a spun form may start: the longest form starting with each character, and a bit per pair of first two
/// characters. Most places in a text start no form, and these two lookups say so without hashing a string, which is
/// what lets a table of hundreds of forms judge tens of millions of characters a second.
/// </summary>
internal sealed class FormIndex
{
    // 32 KB per index (every table builds two, at start-up): a thousand forms fill under 1 % of the bits, and a false
    // "may start" only costs a dictionary look-up.
    private const int Bits = 1 << 18;

    private readonly byte[] _longest = new byte[char.MaxValue + 1];
    private readonly bool[] _single = new bool[char.MaxValue + 1];
    private readonly ulong[] _pairs = new ulong[Bits / 64];

    public void Add(string form)
    {
        _longest[form[0]] = (byte)Math.Min(byte.MaxValue, Math.Max(_longest[form[0]], form.Length));
        if (form.Length == 1)
        {
            _single[form[0]] = true;
        }
        else
        {
            var bit = Bit(form[0], form[1]);
            _pairs[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>The length of the longest form starting with <paramref name="c"/>; 0 for none.</summary>
    public int Longest(char c) => _longest[c];

    public bool MayStart(ReadOnlySpan<char> text, int at)
    {
        var first = text[at];
        if (_longest[first] == 0)
        {
            return false;
        }

        if (_single[first] || at + 1 == text.Length)
        {
            return _single[first];
        }

        var bit = Bit(first, text[at + 1]);
        return (_pairs[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Bit(char first, char second) => (int)((((uint)first * 0x9E3779B1u) ^ second) & (Bits - 1));
}
