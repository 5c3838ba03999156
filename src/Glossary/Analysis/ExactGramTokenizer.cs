using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Glossary.Analysis;

/// <summary>Emits the bigram starting at every code unit of the input (see <see cref="ExactGrams"/>).</summary>
internal sealed class ExactGramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private char[] _buffer = new char[1024];
    private int _length;
    private int _position;
    private bool _loaded;

    public ExactGramTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!_loaded)
        {
            Load();
        }

        if (_position >= _length)
        {
            return false;
        }

        var size = _position + 1 < _length ? 2 : 1;
        _term.CopyBuffer(_buffer, _position, size);
        _offset.SetOffset(CorrectOffset(_position), CorrectOffset(_position + size));
        _position++;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _position = 0;
        _loaded = false;
    }

    private void Load()
    {
        _loaded = true;
        int read;
        while ((read = m_input.Read(_buffer, _length, _buffer.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
        }
    }
}
