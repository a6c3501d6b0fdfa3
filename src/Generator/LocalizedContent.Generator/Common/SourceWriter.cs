using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// An indenting text writer for generated C#; emitters only write text through it. It knows whether the
    /// consumer's C# version has nullable annotations (C# 8): a netstandard2.0 or net472 project builds at C# 7.3
    /// unless it sets LangVersion, and there <c>#nullable</c> and <c>string?</c> are errors (CS8370), so emitters
    /// write reference types through <see cref="Nullable"/> and the source differs only by those annotations.
    /// Indentation is one tab per level: editors show it at the user's width, and it is a quarter of the characters
    /// of four spaces (every build parses the generated source again; a message class's indentation was 17% of it).
    /// </summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = Rent();
        private readonly StringBuilder _doc = new StringBuilder();
        private char[] _docChars = new char[256];
        private int _indent;

        private SourceWriter(bool nullableAnnotations) => NullableAnnotations = nullableAnnotations;

        /// <summary>True when the consumer's C# version has nullable reference types.</summary>
        public bool NullableAnnotations { get; }

        /// <summary><paramref name="referenceType"/> annotated as nullable when the consumer's C# has annotations.</summary>
        public string Nullable(string referenceType) => NullableAnnotations ? referenceType + "?" : referenceType;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _builder.Append('\t', _indent).Append(text);
            _builder.Append('\n');
            return this;
        }

        /// <summary>A line of the pieces in order, written straight into the source: a message class writes a few
        /// lines per key, and none of them needs a string of its own.</summary>
        public SourceWriter Line(string first, string second, string third = "", string fourth = "", string fifth = "", string sixth = "", string seventh = "")
        {
            _builder.Append('\t', _indent).Append(first).Append(second).Append(third).Append(fourth).Append(fifth).Append(sixth).Append(seventh).Append('\n');
            return this;
        }

        /// <summary>A line of <paramref name="before"/>, <paramref name="value"/> as a C# string literal, and
        /// <paramref name="after"/>, the literal written straight into the source (a message class is mostly its texts).</summary>
        public SourceWriter LiteralLine(string before, string value, string after)
        {
            _builder.Append('\t', _indent).Append(before);
            CSharpLiteral.Append(_builder, value).Append(after).Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string closing = "}")
        {
            _indent--;
            return Line(closing);
        }

        /// <summary>
        /// Opens a namespace without indenting what it holds, as a file-scoped namespace would not (which consumers
        /// below C# 10 cannot compile): one level less on every line of the file. Closed by <see cref="CloseNamespace"/>.
        /// </summary>
        public SourceWriter OpenNamespace(string name) => Line("namespace " + name).Line("{");

        public SourceWriter CloseNamespace() => Line("}");

        /// <summary>Indents the lines that follow without a brace (a switch section's statements).</summary>
        public SourceWriter Indent()
        {
            _indent++;
            return this;
        }

        public SourceWriter Dedent()
        {
            _indent--;
            return this;
        }

        /// <summary>Writes source kept as text with four-space indentation (the runtime class's C#), each line at this
        /// writer's level with its own indentation as tabs.</summary>
        public SourceWriter Block(string text)
        {
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            {
                var spaces = 0;
                while (spaces < line.Length && line[spaces] == ' ') spaces++;
                _indent += spaces / 4;
                Line(line.Substring(spaces / 4 * 4));
                _indent -= spaces / 4;
            }
            return this;
        }

        /// <summary>Writes a doc comment line for each line of <paramref name="xml"/> (already escaped).</summary>
        public SourceWriter Doc(string xml)
        {
            xml.CopyTo(0, DocChars(xml.Length), 0, xml.Length);
            return DocLines(xml.Length);
        }

        /// <summary>A cleared builder to compose a doc comment in for <see cref="Doc(StringBuilder)"/>, the same each
        /// time: a message class writes a doc comment per member, and none of them needs a string of its own.</summary>
        public StringBuilder DocBuilder() => _doc.Clear();

        /// <summary>Writes a doc comment line for each line of <paramref name="xml"/> (already escaped).</summary>
        public SourceWriter Doc(StringBuilder xml)
        {
            xml.CopyTo(0, DocChars(xml.Length), 0, xml.Length);
            return DocLines(xml.Length);
        }

        private char[] DocChars(int length)
        {
            if (_docChars.Length < length) _docChars = new char[System.Math.Max(length, _docChars.Length * 2)];
            return _docChars;
        }

        private SourceWriter DocLines(int length)
        {
            for (var start = 0; start <= length;)
            {
                var end = System.Array.IndexOf(_docChars, '\n', start, length - start);
                if (end < 0) end = length;
                _builder.Append('\t', _indent).Append("/// ").Append(_docChars, start, end - start).Append('\n');
                start = end + 1;
            }
            return this;
        }

        public override string ToString() => _builder.ToString();

        /// <summary>The source written, the last call on this writer: its builder goes back to the thread for the next
        /// file, unless it grew past what is worth keeping. Read from the builder in Roslyn's chunks, not made one string:
        /// a message class is a megabyte or more, and one string of it was a new large object per file per build, its
        /// fresh pages written through once (a tenth of the generator's time, in page faults) and large-object
        /// allocations bring full collections forward. Roslyn reads big files from disk the same way.</summary>
        public SourceText Finish()
        {
            var text = SourceText.From(new BuilderReader(_builder), _builder.Length, Encoding.UTF8);
            if (_builder.Capacity <= MaxKept) _cached = _builder;
            return text;
        }

        /// <summary>A builder read from the start, as <see cref="SourceText.From(System.IO.TextReader, int, Encoding, SourceHashAlgorithm)"/> reads.</summary>
        private sealed class BuilderReader : System.IO.TextReader
        {
            private readonly StringBuilder _builder;
            private int _position;

            public BuilderReader(StringBuilder builder) => _builder = builder;

            public override int Peek() => _position < _builder.Length ? _builder[_position] : -1;

            public override int Read() => _position < _builder.Length ? _builder[_position++] : -1;

            public override int Read(char[] buffer, int index, int count)
            {
                var read = System.Math.Min(count, _builder.Length - _position);
                if (read <= 0) return 0;
                _builder.CopyTo(_position, buffer, index, read);
                _position += read;
                return read;
            }
        }

        // One builder per thread, kept between files: cleared, it is one array of the size of the largest file written,
        // so the next file is appended without growing (a message class is hundreds of kilobytes). At most 2 MB kept.
        private const int MaxKept = 1024 * 1024;
        [System.ThreadStatic] private static StringBuilder? _cached;

        private static StringBuilder Rent()
        {
            var builder = _cached;
            _cached = null;
            return builder?.Clear() ?? new StringBuilder(16 * 1024);
        }

        /// <summary>A writer with the header every generated file starts with.</summary>
        public static SourceWriter GeneratedFile(bool nullableAnnotations)
        {
            var writer = new SourceWriter(nullableAnnotations);
            writer.Line("// <auto-generated>")
                  .Line("//     Generated by LocalizedContent from LocalizedContent items. Do not edit: edit the source file instead.")
                  .Line("// </auto-generated>");
            if (nullableAnnotations) writer.Line("#nullable enable");
            // A class named after a lowercase file (news.txt) is the user's choice, not a name to warn about.
            writer.Line("#pragma warning disable CS8981");
            writer.Line();
            return writer;
        }
    }
}
