using Glossary.Text;

namespace Glossary.Tests;

/// <summary>A progress that reports on the calling thread, at once (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}

/// <summary>
/// Hands out a text in chunks of the sizes <paramref name="chunk"/> gives, as a file or a network stream would;
/// throws at <paramref name="failAt"/>, and calls <paramref name="afterBlock"/> each time it passes a block's worth.
/// </summary>
internal sealed class ChunkedReader(string text, Func<int> chunk, int failAt = int.MaxValue, Action? afterBlock = null) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        if (_position >= failAt)
        {
            throw new IOException("the disk went away");
        }

        var n = Math.Min(Math.Min(count, chunk()), Math.Min(text.Length, failAt) - _position);
        text.CopyTo(_position, buffer, index, n);
        var before = _position / TextBlocks.Size;
        _position += n;
        if (_position / TextBlocks.Size != before)
        {
            afterBlock?.Invoke();
        }

        return n;
    }
}
