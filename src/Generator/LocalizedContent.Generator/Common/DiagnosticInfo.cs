using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Common
{
    /// <summary>A location in a file, kept as plain values so a pipeline model never holds a SyntaxTree. A struct: every
    /// message of every file keeps two (where its entry and its value are), and the pipeline keeps every message, which
    /// each collection during a build walks; as objects they were 63,000 of them for 30,000 messages.</summary>
    internal readonly record struct LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        /// <summary>The start of a file: for problems that belong to the file as a whole.</summary>
        public static LocationInfo FileStart(string filePath) =>
            new LocationInfo(filePath, default, new LinePositionSpan(default, default));

        public static LocationInfo At(string filePath, SourceText text, TextSpan span) =>
            new LocationInfo(filePath, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>
    /// A diagnostic found while parsing, carried through the pipeline as an equatable value and reported by the
    /// output step (the System.Text.Json and Logging generators' pattern). Message arguments are strings.
    /// </summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
            new DiagnosticInfo(descriptor, location, new EquatableArray<string>(args));

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(Descriptor, Location.ToLocation(), MessageArgs.Cast<object>().ToArray());
    }

}
