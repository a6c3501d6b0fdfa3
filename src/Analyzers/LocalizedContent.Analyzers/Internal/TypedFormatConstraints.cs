using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// Whether an argument fits a generic parameter of a typed format method (<c>FormatPrice&lt;T0&gt;(T0 arg0) where
    /// T0 : System.IFormattable</c> for <c>{0:N2}</c>): the type argument is inferred from the argument alone, so the
    /// argument's own type must satisfy the constraints. Conservative: anything unusual does not fit, and LC0008 stays quiet.
    /// </summary>
    internal static class TypedFormatConstraints
    {
        public static bool Satisfied(Compilation compilation, IMethodSymbol method, ITypeParameterSymbol typeParameter, ITypeSymbol? argument)
        {
            if (argument == null || !SymbolEqualityComparer.Default.Equals(typeParameter.DeclaringMethod, method)) return false;
            // Inferred from this one argument only: a type parameter shared by two parameters could be ambiguous.
            var uses = 0;
            foreach (var parameter in method.Parameters)
                if (SymbolEqualityComparer.Default.Equals(parameter.Type, typeParameter)) uses++;
            if (uses != 1) return false;

            switch (argument.TypeKind)
            {
                case TypeKind.Error:
                case TypeKind.Pointer:
                case TypeKind.FunctionPointer:
                case TypeKind.Dynamic:
                    return false;
            }
            if (argument.IsRefLikeType || argument.SpecialType == SpecialType.System_Void) return false;
            if (typeParameter.HasConstructorConstraint || typeParameter.HasUnmanagedTypeConstraint) return false;
            if (typeParameter.HasReferenceTypeConstraint && !argument.IsReferenceType) return false;
            // int? satisfies neither struct nor an interface constraint (CS0453, CS0313).
            var nullable = argument.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
            if (typeParameter.HasValueTypeConstraint && (!argument.IsValueType || nullable)) return false;
            foreach (var constraint in typeParameter.ConstraintTypes)
            {
                if (nullable || ContainsTypeParameter(constraint)) return false;
                // A constraint is met by identity, an implicit reference conversion or boxing, never by a user-defined one.
                var conversion = compilation.ClassifyConversion(argument, constraint);
                if (!conversion.Exists || !(conversion.IsIdentity || (conversion.IsImplicit && (conversion.IsReference || conversion.IsBoxing)))) return false;
            }
            return true;
        }

        private static bool ContainsTypeParameter(ITypeSymbol type)
        {
            if (type is ITypeParameterSymbol) return true;
            if (type is IArrayTypeSymbol array) return ContainsTypeParameter(array.ElementType);
            if (type is INamedTypeSymbol named)
                foreach (var argument in named.TypeArguments)
                    if (ContainsTypeParameter(argument)) return true;
            return false;
        }
    }
}
