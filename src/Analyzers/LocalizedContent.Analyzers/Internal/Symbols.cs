using System;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Analyzers
{
    /// <summary>Symbol tests by full name that allocate nothing (no ToDisplayString on the analyzer's hot path).</summary>
    internal static class Symbols
    {
        /// <summary>Whether <paramref name="ns"/> is the namespace <paramref name="fullName"/> ("System.Text").</summary>
        public static bool IsNamespace(INamespaceSymbol? ns, string fullName)
        {
            var end = fullName.Length;
            for (; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                var name = ns.Name;
                var start = end - name.Length;
                if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0) return false;
                if (start == 0) return ns.ContainingNamespace == null || ns.ContainingNamespace.IsGlobalNamespace;
                if (fullName[start - 1] != '.') return false;
                end = start - 1;
            }
            return false;
        }

        public static bool IsType(ITypeSymbol? type, string ns, string name) =>
            type != null && type.Name == name && IsNamespace(type.ContainingNamespace, ns);

        /// <summary>The type itself or one of its interfaces is <paramref name="ns"/>.<paramref name="name"/> (any arity).</summary>
        public static bool IsOrImplements(ITypeSymbol type, string ns, string name)
        {
            if (IsType(type, ns, name)) return true;
            foreach (var implemented in type.AllInterfaces)
                if (IsType(implemented, ns, name)) return true;
            return false;
        }

        public static bool DerivesFrom(ITypeSymbol? type, string ns, string name)
        {
            for (; type != null; type = type.BaseType)
                if (IsType(type, ns, name)) return true;
            return false;
        }

        public static bool StartsWithNamespace(INamespaceSymbol? ns, string prefix)
        {
            for (; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
                if (IsNamespace(ns, prefix)) return true;
            return false;
        }

        public static bool HasAttribute(ISymbol symbol, string ns, string name)
        {
            foreach (var attribute in symbol.GetAttributes())
                if (IsType(attribute.AttributeClass, ns, name)) return true;
            return false;
        }

        internal static bool NameIs(string value, string[] names) => Array.IndexOf(names, value) >= 0;
    }
}
