using System.Linq;
using LocalizedContent.Generator.Messages.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>Reads <see cref="MessageTarget"/> from the consumer's parse options and compilation; no symbol leaves it.</summary>
    internal static class MessageTargetReader
    {
        public static MessageTarget Read(bool nullableAnnotations, ParseOptions options, Compilation compilation) => new MessageTarget(
            nullableAnnotations,
            MessageRuntimeEmitter.Namespace(compilation.AssemblyName),
            (options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp7_2) && HasStackBuffer(compilation));

        /// <summary>
        /// .NET Core 2.1+ and netstandard2.1 have all three; netstandard2.0 and .NET Framework have no
        /// string(ReadOnlySpan&lt;char&gt;) constructor, even with the System.Memory package (which brings Span and the pool).
        /// </summary>
        private static bool HasStackBuffer(Compilation compilation)
        {
            var span = Public(compilation.GetTypeByMetadataName("System.Span`1"));
            var readOnlySpan = Public(compilation.GetTypeByMetadataName("System.ReadOnlySpan`1"));
            var pool = Public(compilation.GetTypeByMetadataName("System.Buffers.ArrayPool`1"));
            if (span is null || readOnlySpan is null || pool is null) return false;
            var chars = readOnlySpan.Construct(compilation.GetSpecialType(SpecialType.System_Char));
            return compilation.GetSpecialType(SpecialType.System_String).InstanceConstructors.Any(c =>
                c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, chars));
        }

        private static INamedTypeSymbol? Public(INamedTypeSymbol? type) => type?.DeclaredAccessibility == Accessibility.Public ? type : null;
    }
}
