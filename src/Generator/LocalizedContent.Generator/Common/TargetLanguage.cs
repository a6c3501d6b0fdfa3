using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Generator.Common
{
    /// <summary>What the consumer's C# version allows the generated source to use.</summary>
    internal static class TargetLanguage
    {
        /// <summary>True when the consumer's language version has nullable reference types (C# 8).</summary>
        public static bool HasNullableAnnotations(ParseOptions options) =>
            options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8;
    }
}
