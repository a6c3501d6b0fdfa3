using Microsoft.CodeAnalysis;

namespace LocalizedContent.Analyzers
{
    /// <summary>The methods whose string arguments are text processing's data, not text shown to people: search,
    /// compare and replace methods of the string types, comparers and collections, and every Regex member.</summary>
    internal static class TextMethods
    {
        private static readonly string[] SearchCompareReplace =
        {
            "Replace", "Contains", "ContainsAny", "StartsWith", "EndsWith", "IndexOf", "IndexOfAny", "LastIndexOf",
            "LastIndexOfAny", "Split", "Trim", "TrimStart", "TrimEnd", "Equals", "Compare", "CompareOrdinal",
            "CompareTo", "IsPrefix", "IsSuffix", "SequenceEqual", "Count", "Remove",
        };

        /// <summary>Equality and ordering never show their operands, whatever type declares them.</summary>
        private static readonly string[] Comparisons = { "Equals", "Compare", "CompareTo" };

        public static bool IsSearchCompareOrReplace(IMethodSymbol? method)
        {
            if (method == null) return false;
            method = method.ReducedFrom ?? method;
            if (!Symbols.NameIs(method.Name, SearchCompareReplace)) return false;
            if (Symbols.NameIs(method.Name, Comparisons) && method.ReturnType.SpecialType != SpecialType.System_Void) return true;
            var type = method.ContainingType;
            if (type == null) return false;
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Object:
                case SpecialType.System_Array:
                    return true;
            }
            var ns = type.ContainingNamespace;
            if (Symbols.IsNamespace(ns, "System"))
                return type.Name == "MemoryExtensions" || type.Name == "Span" || type.Name == "ReadOnlySpan" || type.Name == "StringComparer";
            // StringBuilder.Replace, CompareInfo.IndexOf/IsPrefix, Enumerable.Contains, List<T>.Contains/IndexOf/Remove.
            return Symbols.IsType(type, "System.Text", "StringBuilder") || Symbols.IsType(type, "System.Globalization", "CompareInfo")
                || Symbols.StartsWithNamespace(ns, "System.Linq") || Symbols.StartsWithNamespace(ns, "System.Collections");
        }

        /// <summary>AsSpan, AsMemory, ToCharArray: the same text in another type, used where the result is used.</summary>
        public static bool IsView(IMethodSymbol? method)
        {
            method = method?.ReducedFrom ?? method;
            if (method == null || !(method.Name == "AsSpan" || method.Name == "AsMemory" || method.Name == "ToCharArray")) return false;
            return method.ContainingType.SpecialType == SpecialType.System_String || Symbols.IsType(method.ContainingType, "System", "MemoryExtensions");
        }

        public static bool IsRegex(INamedTypeSymbol? type) =>
            Symbols.IsType(type, "System.Text.RegularExpressions", "Regex");
    }
}
