using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0001's "text used as data" decisions for the place a literal stands in: operand of == or !=, a case label or
    /// pattern, the argument (or receiver) of a string search, compare or replace method, a regex or any
    /// [StringSyntax] parameter, a dictionary or set key. Syntax narrows the place first; the called method, indexer
    /// or Add method is then decided by its symbol, never by its name alone.
    /// </summary>
    internal static class DataUses
    {
        /// <summary>The data use of <paramref name="literal"/>, or null when it has none (then it may be display text).</summary>
        public static LiteralUse? Of(SyntaxNode literal, SemanticModel model, CancellationToken cancellationToken)
        {
            var expression = literal;
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized;
            switch (expression.Parent)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    return LiteralUse.EqualityOperand;
                case ConstantPatternSyntax _:
                case RelationalPatternSyntax _:
                case CaseSwitchLabelSyntax _:
                    return LiteralUse.Pattern;
                case MemberAccessExpressionSyntax access when access.Expression == expression
                    && access.Parent is InvocationExpressionSyntax call && call.Expression == access:
                    // "abc".Contains(x): the receiver of a search is data too; "abc".AsSpan() is whatever the span is.
                    var called = Method(model.GetSymbolInfo(call, cancellationToken));
                    if (TextMethods.IsSearchCompareOrReplace(called)) return LiteralUse.SearchCompareReplace;
                    return TextMethods.IsView(called) ? Of(call, model, cancellationToken) : null;
                case ArgumentSyntax argument:
                    return OfArgument(argument, model, cancellationToken);
                case InitializerExpressionSyntax initializer:
                    return OfElement(expression, initializer, model, cancellationToken);
                case ExpressionElementSyntax element when element.Parent is CollectionExpressionSyntax collection && collection.Parent is ArgumentSyntax argument:
                    return OfArgument(argument, model, cancellationToken); // text.Split(["،", "؛"]), new HashSet<string>(["و"])
                default:
                    return null;
            }
        }

        private static LiteralUse? OfElement(SyntaxNode expression, InitializerExpressionSyntax initializer, SemanticModel model, CancellationToken cancellationToken)
        {
            switch (initializer.Kind())
            {
                case SyntaxKind.ArrayInitializerExpression:
                    // text.Split(new[] { "،", "؛" }): the array is the argument.
                    return (initializer.Parent is ArrayCreationExpressionSyntax || initializer.Parent is ImplicitArrayCreationExpressionSyntax)
                        && initializer.Parent.Parent is ArgumentSyntax argument ? OfArgument(argument, model, cancellationToken) : null;
                case SyntaxKind.CollectionInitializerExpression:
                    // new HashSet<string> { "و", "در" }: each element goes to Add(T item) of a set.
                    var add = Method(model.GetCollectionInitializerSymbolInfo((ExpressionSyntax)expression, cancellationToken));
                    return add != null && add.Parameters.Length > 0 && Collections.IsKey(add.ContainingType, add.Parameters[0]) ? LiteralUse.Key : (LiteralUse?)null;
                case SyntaxKind.ComplexElementInitializerExpression:
                    // new Dictionary<string, int> { { "یک", 1 } }: the first expression goes to Add(TKey key, …).
                    var method = Method(model.GetCollectionInitializerSymbolInfo(initializer, cancellationToken));
                    var index = initializer.Expressions.IndexOf((ExpressionSyntax)expression);
                    return method != null && index >= 0 && index < method.Parameters.Length && Collections.IsKey(method.ContainingType, method.Parameters[index])
                        ? LiteralUse.Key : (LiteralUse?)null;
                default:
                    return null;
            }
        }

        private static LiteralUse? OfArgument(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
        {
            switch (argument.Parent)
            {
                case BracketedArgumentListSyntax brackets when brackets.Parent is ElementAccessExpressionSyntax || brackets.Parent is ImplicitElementAccessSyntax:
                    // map["تهران"], new Dictionary<string, int> { ["تهران"] = 1 }: an indexer of a dictionary.
                    var indexer = model.GetSymbolInfo(brackets.Parent, cancellationToken).Symbol as IPropertySymbol;
                    var keyParameter = indexer == null ? null : Parameter(indexer.Parameters, brackets.Arguments, argument);
                    return keyParameter != null && Collections.IsKey(indexer!.ContainingType, keyParameter) ? LiteralUse.Key : (LiteralUse?)null;
                case ArgumentListSyntax list when list.Parent is InvocationExpressionSyntax || list.Parent is BaseObjectCreationExpressionSyntax
                    || list.Parent is ConstructorInitializerSyntax || list.Parent is PrimaryConstructorBaseTypeSyntax:
                    var method = Method(model.GetSymbolInfo(list.Parent, cancellationToken));
                    if (method == null) return null;
                    var parameter = Parameter(method.Parameters, list.Arguments, argument);
                    if (parameter != null && IsSyntaxParameter(parameter)) return LiteralUse.RegexOrSyntax;
                    if (TextMethods.IsRegex(method.ContainingType)) return LiteralUse.RegexOrSyntax;
                    if (TextMethods.IsSearchCompareOrReplace(method)) return LiteralUse.SearchCompareReplace;
                    if (parameter != null && Collections.IsKey(method.ContainingType, parameter)) return LiteralUse.Key;
                    if (method.MethodKind == MethodKind.Constructor && Symbols.DerivesFrom(method.ContainingType, "System", "Exception")) return LiteralUse.ExceptionMessage;
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>A parameter marked [StringSyntax(…)] for a syntax (regex, date or number format, JSON, URI…): its
        /// argument is code. Not CompositeFormat (string.Format, Console.WriteLine, AppendFormat): a composite format is
        /// the text people read, with holes.</summary>
        internal static bool IsSyntaxParameter(IParameterSymbol parameter)
        {
            foreach (var attribute in parameter.GetAttributes())
            {
                if (!Symbols.IsType(attribute.AttributeClass, "System.Diagnostics.CodeAnalysis", "StringSyntaxAttribute")) continue;
                var syntax = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
                return syntax != "CompositeFormat";
            }
            return false;
        }

        /// <summary>The called method; with a compile error elsewhere in the call, the single candidate.</summary>
        internal static IMethodSymbol? Method(SymbolInfo info) =>
            info.Symbol as IMethodSymbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] as IMethodSymbol : null);

        /// <summary>The parameter an argument goes to: by name, else by position (a params array takes the rest).</summary>
        internal static IParameterSymbol? Parameter(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters,
            SeparatedSyntaxList<ArgumentSyntax> arguments, ArgumentSyntax argument)
        {
            if (argument.NameColon != null)
            {
                foreach (var parameter in parameters)
                    if (parameter.Name == argument.NameColon.Name.Identifier.ValueText) return parameter;
                return null;
            }
            var index = arguments.IndexOf(argument);
            if (index < 0 || parameters.Length == 0) return null;
            if (index < parameters.Length) return parameters[index];
            return parameters[parameters.Length - 1].IsParams ? parameters[parameters.Length - 1] : null;
        }
    }
}
