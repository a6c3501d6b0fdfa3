using System;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.ResxFormat
{
    /// <summary>
    /// A <see cref="SourceText"/> read as a <see cref="TextReader"/> where it is, without copying it into one string:
    /// a .resx file's string is a large object (over 42,500 characters), which only a full collection frees, and a
    /// build reads every .resx file again on each run.
    /// </summary>
    internal sealed class SourceTextReader : TextReader
    {
        private readonly SourceText _text;
        private int _position;

        public SourceTextReader(SourceText text) => _text = text;

        public override int Peek() => _position < _text.Length ? _text[_position] : -1;

        public override int Read() => _position < _text.Length ? _text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var read = Math.Min(count, _text.Length - _position);
            if (read <= 0) return 0;
            _text.CopyTo(_position, buffer, index, read);
            _position += read;
            return read;
        }
    }
}
