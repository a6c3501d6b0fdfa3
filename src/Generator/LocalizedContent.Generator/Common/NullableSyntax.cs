using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// Nullable syntax (<c>#nullable enable</c>, <c>string?</c>) is C# 8. A netstandard2.0 or net472 project builds at
    /// C# 7.3 unless it sets LangVersion, where that syntax is error CS8370, so for such a consumer the generated
    /// source is rewritten without it. The emitters keep writing one (annotated) source; the rewrite works on the
    /// syntax tree, so string literals that contain '?' or "#nullable" are never touched.
    /// </summary>
    internal static class NullableSyntax
    {
        /// <summary>True when the consumer's language version has nullable reference types.</summary>
        public static bool IsSupported(ParseOptions options) =>
            options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8;

        /// <summary><paramref name="source"/> as is when <paramref name="supported"/>, else without nullable syntax.</summary>
        public static string For(string source, bool supported)
        {
            if (supported) return source;
            var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
            return new Stripper().Visit(root)!.ToFullString();
        }

        /// <summary>
        /// Drops the '?' of nullable reference types and keeps that of nullable value types (int?, DateTime?: C# 2).
        /// Syntax cannot tell them apart in general; the generated code names few types, so value types are the
        /// predefined ones, the structs the source declares and the System structs listed here.
        /// </summary>
        private sealed class Stripper : CSharpSyntaxRewriter
        {
            private static readonly string[] SystemStructs =
            {
                "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "Guid", "Decimal", "Int32", "Int64", "Double", "Boolean", "Char",
            };

            private readonly System.Collections.Generic.HashSet<string> _structs = new System.Collections.Generic.HashSet<string>(SystemStructs);

            public Stripper() : base(visitIntoStructuredTrivia: true)
            {
            }

            public override SyntaxNode? Visit(SyntaxNode? node)
            {
                if (node is CompilationUnitSyntax unit)
                {
                    foreach (var s in unit.DescendantNodes().OfType<StructDeclarationSyntax>()) _structs.Add(s.Identifier.ValueText);
                }
                return base.Visit(node);
            }

            public override SyntaxNode? VisitNullableType(NullableTypeSyntax node)
            {
                var element = (TypeSyntax)Visit(node.ElementType)!;
                if (IsValueType(element)) return node.WithElementType(element);
                return element.WithTrailingTrivia(element.GetTrailingTrivia().AddRange(node.QuestionToken.TrailingTrivia));
            }

            public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia) =>
                trivia.IsKind(SyntaxKind.NullableDirectiveTrivia) ? default : base.VisitTrivia(trivia);

            private bool IsValueType(TypeSyntax type)
            {
                switch (type)
                {
                    case PredefinedTypeSyntax p:
                        return !p.Keyword.IsKind(SyntaxKind.StringKeyword) && !p.Keyword.IsKind(SyntaxKind.ObjectKeyword);
                    case ArrayTypeSyntax _:
                        return false;
                    case NameSyntax name:
                        var last = name is QualifiedNameSyntax q ? q.Right : name is AliasQualifiedNameSyntax a ? a.Name : (SimpleNameSyntax)name;
                        return _structs.Contains(last.Identifier.ValueText);
                    default:
                        return false;
                }
            }
        }
    }
}
