using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// A <c>string.Format(Resources.Key, a, b)</c> call (LC0008) that the Designer-compatible shape's typed
    /// <c>Resources.FormatKey(a, b)</c> can replace: <c>Key</c> is a static string property of a class marked
    /// <c>[GeneratedCode("LocalizedContent", …)]</c>, and that class has one static <c>FormatKey</c> method that takes
    /// exactly these arguments. Found only when the replacement binds to that method, so the fix always compiles.
    /// </summary>
    internal sealed class TypedFormatCall
    {
        private TypedFormatCall(ExpressionSyntax format, ExpressionSyntax? provider, int formatIndex, bool unpack, string methodName)
        {
            Format = format;
            Provider = provider;
            FormatIndex = formatIndex;
            Unpack = unpack;
            MethodName = methodName;
        }

        /// <summary>The <c>Resources.Key</c> expression as written.</summary>
        public ExpressionSyntax Format { get; }

        /// <summary>The IFormatProvider argument of <c>string.Format(provider, format, …)</c>, or null.</summary>
        public ExpressionSyntax? Provider { get; }

        /// <summary>0, or 1 after a provider.</summary>
        public int FormatIndex { get; }

        /// <summary>True when the arguments are the elements of an explicit <c>new object[] { … }</c>.</summary>
        public bool Unpack { get; }

        /// <summary><c>FormatKey</c>.</summary>
        public string MethodName { get; }

        public static TypedFormatCall? Find(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
        {
            var arguments = call.ArgumentList.Arguments;
            if (arguments.Count < 2 || InvocationScan.InvokedName(call.Expression) != "Format") return null;
            foreach (var argument in arguments)
                if (argument.NameColon != null || !argument.RefKindKeyword.IsKind(SyntaxKind.None)) return null;
            // Syntax first: the format (first, or second after a provider) must be a name or member access to be bound at all.
            if (!IsPropertyShaped(arguments[0].Expression) && !IsPropertyShaped(arguments[1].Expression)) return null;
            // Dynamic arguments bind late: no symbol here, so no report.
            if (!(model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol format) || !format.IsStatic
                || format.ContainingType?.SpecialType != SpecialType.System_String || format.Parameters.Length < 2) return null;
            var formatIndex = format.Parameters[0].Type.SpecialType == SpecialType.System_String ? 0 : 1;
            if (format.Parameters[formatIndex].Type.SpecialType != SpecialType.System_String || arguments.Count <= formatIndex + 1) return null;

            var formatExpression = arguments[formatIndex].Expression;
            if (!IsPropertyShaped(formatExpression)) return null;
            if (!(model.GetSymbolInfo(formatExpression, cancellationToken).Symbol is IPropertySymbol property) || !property.IsStatic
                || property.IsIndexer || property.Type.SpecialType != SpecialType.System_String || !IsDesignerShapedClass(property.ContainingType)) return null;

            var values = Values(model, call, format, formatIndex, out var unpack, cancellationToken);
            if (values == null) return null;
            var method = TypedMethod(model, call, property, values, cancellationToken);
            if (method == null) return null;

            // The last word: the rewritten call binds to that method where it stands (no local named FormatKey
            // hides it, type inference succeeds), so the fix produces code that compiles.
            var rewritten = TypedFormatRewriter.Rewrite(call, formatIndex, unpack, method.Name);
            var bound = model.GetSpeculativeSymbolInfo(call.SpanStart, rewritten, SpeculativeBindingOption.BindAsExpression).Symbol;
            if (!SymbolEqualityComparer.Default.Equals(bound?.OriginalDefinition, method)) return null;
            return new TypedFormatCall(formatExpression, formatIndex == 1 ? arguments[0].Expression : null, formatIndex, unpack, method.Name);
        }

        /// <summary>Whether the fix keeps the numbers' culture: no provider (string.Format uses the current culture),
        /// or the current (UI) culture. Another provider (InvariantCulture) would silently change the output.</summary>
        public bool IsFixable(SemanticModel model, CancellationToken cancellationToken) => KeepsCulture(model, Provider, cancellationToken);

        /// <summary>The rule of <see cref="IsFixable"/> for any rewrite that drops the provider (the default shape's
        /// fixes too): no provider, or <c>CultureInfo.CurrentCulture</c>/<c>CurrentUICulture</c>.</summary>
        internal static bool KeepsCulture(SemanticModel model, ExpressionSyntax? provider, CancellationToken cancellationToken)
        {
            if (provider == null) return true;
            return model.GetSymbolInfo(provider, cancellationToken).Symbol is IPropertySymbol culture && culture.IsStatic
                && (culture.Name == "CurrentCulture" || culture.Name == "CurrentUICulture")
                && culture.ContainingType?.Name == "CultureInfo"
                && culture.ContainingType.ContainingNamespace?.ToDisplayString() == "System.Globalization";
        }

        /// <summary>The format arguments: those after the format, or the elements of a params array written out as
        /// <c>new object[] { … }</c>; null for an array whose length is not in the code.</summary>
        private static List<ExpressionSyntax>? Values(SemanticModel model, InvocationExpressionSyntax call, IMethodSymbol format, int formatIndex, out bool unpack, CancellationToken cancellationToken)
        {
            unpack = false;
            var arguments = call.ArgumentList.Arguments;
            var values = new List<ExpressionSyntax>();
            for (var i = formatIndex + 1; i < arguments.Count; i++) values.Add(arguments[i].Expression);
            var last = format.Parameters[format.Parameters.Length - 1];
            // Normal form of params object[]: the single argument converts to the array type itself.
            if (values.Count == 1 && last.IsParams && format.Parameters.Length == formatIndex + 2
                && model.GetTypeInfo(values[0], cancellationToken).ConvertedType is IArrayTypeSymbol)
            {
                var initializer = values[0] switch
                {
                    ArrayCreationExpressionSyntax array => array.Initializer,
                    ImplicitArrayCreationExpressionSyntax array => array.Initializer,
                    _ => null,
                };
                if (initializer == null || initializer.Expressions.Count == 0) return null;
                unpack = true;
                return new List<ExpressionSyntax>(initializer.Expressions);
            }
            return values;
        }

        /// <summary>The one static <c>Format</c>+name method of the class that takes <paramref name="values"/>.</summary>
        private static IMethodSymbol? TypedMethod(SemanticModel model, InvocationExpressionSyntax call, IPropertySymbol property, List<ExpressionSyntax> values, CancellationToken cancellationToken)
        {
            IMethodSymbol? method = null;
            foreach (var member in property.ContainingType.GetMembers("Format" + property.Name))
            {
                if (method != null || !(member is IMethodSymbol candidate)) return null; // overloads: not the designer shape
                method = candidate;
            }
            if (method == null || !method.IsStatic || method.ReturnType.SpecialType != SpecialType.System_String
                || method.Parameters.Length != values.Count || !model.IsAccessible(call.SpanStart, method)) return null;
            for (var i = 0; i < values.Count; i++)
            {
                var parameter = method.Parameters[i];
                if (parameter.RefKind != RefKind.None || parameter.IsParams) return null;
                var fits = parameter.Type is ITypeParameterSymbol typeParameter
                    ? TypedFormatConstraints.Satisfied(model.Compilation, method, typeParameter, model.GetTypeInfo(values[i], cancellationToken).Type)
                    : model.ClassifyConversion(values[i], parameter.Type).IsImplicit;
                if (!fits) return null;
            }
            return method;
        }

        /// <summary>
        /// A LocalizedContent class of the Designer shape: the attribute, and the static ResourceManager only that shape
        /// declares. In the default shape a key X without placeholders beside a key FormatX with placeholders would
        /// otherwise turn string.Format(Strings.X, a) into a call of another message.
        /// </summary>
        private static bool IsDesignerShapedClass(INamedTypeSymbol? type) =>
            type != null && IsLocalizedContentClass(type) && HasDesignerResourceManager(type);

        /// <summary>A LocalizedContent class of the default shape, the target of the fixes that move call sites off
        /// <c>Shape="designer"</c>.</summary>
        internal static bool IsDefaultShapedClass(INamedTypeSymbol? type) =>
            type != null && IsLocalizedContentClass(type) && !HasDesignerResourceManager(type);

        /// <summary>Generated by LocalizedContent: <c>[GeneratedCode("LocalizedContent", …)]</c> on the class.</summary>
        internal static bool IsLocalizedContentClass(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                var attributeClass = attribute.AttributeClass;
                if (attributeClass?.Name == "GeneratedCodeAttribute"
                    && attributeClass.ContainingNamespace?.ToDisplayString() == "System.CodeDom.Compiler"
                    && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is "LocalizedContent") return true;
            }
            return false;
        }

        /// <summary>The static <c>System.Resources.ResourceManager</c> property only the Designer shape declares.</summary>
        internal static bool HasDesignerResourceManager(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers("ResourceManager"))
            {
                if (member is IPropertySymbol { IsStatic: true } property && property.Type.Name == "ResourceManager"
                    && property.Type.ContainingNamespace?.ToDisplayString() == "System.Resources") return true;
            }
            return false;
        }

        private static bool IsPropertyShaped(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax || expression.IsKind(SyntaxKind.SimpleMemberAccessExpression);

    }
}
