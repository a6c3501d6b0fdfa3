using Microsoft.CodeAnalysis;

namespace LocalizedContent.Analyzers
{
    /// <summary>Keys of dictionaries and elements of sets, decided by the parameter's type in the method's definition.</summary>
    internal static class Collections
    {
        /// <summary>
        /// <paramref name="parameter"/> (of an Add, ContainsKey, TryGetValue, indexer … of <paramref name="type"/>) is a
        /// key: <paramref name="type"/> is a dictionary and the parameter's declared type is its first type parameter
        /// (TKey), or a set and it is its element type parameter.
        /// </summary>
        public static bool IsKey(INamedTypeSymbol? type, IParameterSymbol parameter)
        {
            if (type == null) return false;
            if (IsSetConstructorElements(type, parameter)) return true;
            if (!(parameter.OriginalDefinition.Type is ITypeParameterSymbol typeParameter)) return false;
            if (typeParameter.TypeParameterKind != TypeParameterKind.Type) return false;
            var definition = type.OriginalDefinition;
            if (Symbols.IsOrImplements(definition, "System.Collections.Generic", "IDictionary")
                || Symbols.IsOrImplements(definition, "System.Collections.Generic", "IReadOnlyDictionary"))
                return typeParameter.Ordinal == 0 && definition.Arity == 2;
            return IsSet(definition);
        }

        private static bool IsSet(INamedTypeSymbol definition) =>
            Symbols.IsOrImplements(definition, "System.Collections.Generic", "ISet")
            || Symbols.IsOrImplements(definition, "System.Collections.Generic", "IReadOnlySet");

        /// <summary>new HashSet&lt;string&gt;(new[] { "و", "در" }): the IEnumerable&lt;T&gt; a set's constructor takes holds its elements.</summary>
        private static bool IsSetConstructorElements(INamedTypeSymbol type, IParameterSymbol parameter) =>
            parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor }
            && parameter.OriginalDefinition.Type is INamedTypeSymbol { Arity: 1 } enumerable
            && Symbols.IsType(enumerable, "System.Collections.Generic", "IEnumerable")
            && enumerable.TypeArguments[0] is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type }
            && IsSet(type.OriginalDefinition);
    }
}
