using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// A lookup by a constant key on an <c>IStringLocalizer&lt;T&gt;</c> (Microsoft.Extensions.Localization):
    /// <c>localizer["Key"]</c>, <c>localizer["Key", a, b]</c>, <c>localizer.GetString("Key")</c> and
    /// <c>localizer.GetString("Key", a, b)</c> (LC0009, LC0010). A key that is not a constant is not a lookup here.
    /// </summary>
    internal sealed class LocalizerCall
    {
        internal const string LocalizationNamespace = "Microsoft.Extensions.Localization";
        private const string LocalizerName = "IStringLocalizer";

        private LocalizerCall(INamedTypeSymbol resourceType, ExpressionSyntax receiver, ExpressionSyntax keyExpression, string key, int keyIndex, int? argumentCount, bool unpack)
        {
            ResourceType = resourceType;
            Receiver = receiver;
            KeyExpression = keyExpression;
            Key = key;
            KeyIndex = keyIndex;
            ArgumentCount = argumentCount;
            Unpack = unpack;
        }

        /// <summary>The <c>T</c> of the <c>IStringLocalizer&lt;T&gt;</c>.</summary>
        public INamedTypeSymbol ResourceType { get; }

        /// <summary>The localizer expression as written.</summary>
        public ExpressionSyntax Receiver { get; }

        public ExpressionSyntax KeyExpression { get; }

        public string Key { get; }

        /// <summary>Where the key is in the written arguments: 0, or 1 in <c>StringLocalizerExtensions.GetString(localizer, "Key")</c>.</summary>
        public int KeyIndex { get; }

        /// <summary>How many format arguments the lookup passes (after the key, or the elements of a
        /// <c>new object[] { … }</c>); null when the number is not in the code (an array held in a variable, <c>null</c>).</summary>
        public int? ArgumentCount { get; }

        /// <summary>True when the format arguments are the elements of an explicit <c>new object[] { … }</c>.</summary>
        public bool Unpack { get; }

        /// <summary>Syntax first: an element access with arguments, or a call named GetString.</summary>
        public static bool MayBeLookup(SyntaxNode node) => node switch
        {
            ElementAccessExpressionSyntax access => access.ArgumentList.Arguments.Count > 0,
            InvocationExpressionSyntax call => call.ArgumentList.Arguments.Count > 0 && InvocationScan.InvokedName(call.Expression) == "GetString",
            _ => false,
        };

        public static LocalizerCall? Find(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            if (!MayBeLookup(node)) return null;
            // The receiver's type before the operation tree: most element accesses index arrays, lists and dictionaries.
            var written = node switch
            {
                ElementAccessExpressionSyntax access => access.Expression,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Expression,
                _ => null,
            };
            if (written != null && ResourceTypeOf(model.GetTypeInfo(written, cancellationToken).Type) == null) return null;
            IOperation? receiver;
            ImmutableArray<IArgumentOperation> arguments;
            var first = 0;
            switch (model.GetOperation(node, cancellationToken))
            {
                case IPropertyReferenceOperation { Property: { IsIndexer: true } } indexer when node is ElementAccessExpressionSyntax:
                    receiver = indexer.Instance;
                    arguments = indexer.Arguments;
                    break;
                case IInvocationOperation { TargetMethod: { Name: "GetString", IsExtensionMethod: true } method } call
                    when Symbols.IsType(method.ContainingType, LocalizationNamespace, "StringLocalizerExtensions") && call.Arguments.Length > 1:
                    receiver = call.Arguments[0].Value;
                    arguments = call.Arguments;
                    first = 1;
                    break;
                default:
                    return null;
            }
            while (receiver is IConversionOperation { IsImplicit: true } conversion) receiver = conversion.Operand;
            if (receiver == null || !(receiver.Syntax is ExpressionSyntax receiverSyntax)) return null;
            var resourceType = ResourceTypeOf(receiver.Type);
            if (resourceType == null) return null;

            var keyArgument = arguments[first];
            if (keyArgument.Parameter?.Type.SpecialType != SpecialType.System_String
                || !(keyArgument.Value.ConstantValue is { HasValue: true, Value: string key })
                || !(keyArgument.Syntax is ArgumentSyntax { NameColon: null } keySyntax)) return null;
            var rest = arguments.Length - first - 1;
            if (rest > 1) return null;
            int? count = 0;
            var unpack = false;
            if (rest == 1)
            {
                var format = arguments[first + 1];
                if (format.Parameter is not { IsParams: true } || format.Syntax is ArgumentSyntax { NameColon: not null }) return null;
                var value = format.Value;
                while (value is IConversionOperation { IsImplicit: true } conversion) value = conversion.Operand;
                count = value is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues.Length : null;
                unpack = format.ArgumentKind == ArgumentKind.Explicit;
            }
            var keyIndex = keySyntax.Parent is BaseArgumentListSyntax list ? list.Arguments.IndexOf(keySyntax) : -1;
            return new LocalizerCall(resourceType, receiverSyntax, keySyntax.Expression, key, keyIndex, count, unpack);
        }

        /// <summary>The format arguments as written in <paramref name="lookup"/> (the element access or GetString call):
        /// those after the key at <paramref name="keyIndex"/>, or with <paramref name="unpack"/> the elements of the
        /// <c>new object[] { … }</c> written there. Null when the syntax is not such a lookup.</summary>
        public static IReadOnlyList<ExpressionSyntax>? WrittenArguments(ExpressionSyntax lookup, int keyIndex, bool unpack)
        {
            var arguments = lookup switch
            {
                ElementAccessExpressionSyntax access => access.ArgumentList.Arguments,
                InvocationExpressionSyntax call => call.ArgumentList.Arguments,
                _ => default,
            };
            if (keyIndex < 0 || keyIndex >= arguments.Count) return null;
            var result = new List<ExpressionSyntax>();
            for (var i = keyIndex + 1; i < arguments.Count; i++) result.Add(arguments[i].Expression);
            if (!unpack) return result;
            if (result.Count != 1) return null;
            var initializer = result[0] switch
            {
                ArrayCreationExpressionSyntax array => array.Initializer,
                ImplicitArrayCreationExpressionSyntax array => array.Initializer,
                _ => null,
            };
            return initializer == null ? null : new List<ExpressionSyntax>(initializer.Expressions);
        }

        /// <summary>T of <c>IStringLocalizer&lt;T&gt;</c>, the type or one of its interfaces.</summary>
        private static INamedTypeSymbol? ResourceTypeOf(ITypeSymbol? type)
        {
            if (type == null) return null;
            if (Is(type, out var resource)) return resource;
            foreach (var implemented in type.AllInterfaces)
                if (Is(implemented, out resource)) return resource;
            return null;
        }

        /// <summary>By name, not by a symbol looked up at compilation start: <c>GetTypeByMetadataName</c> binds every
        /// reference and merges every file's declarations, which the telemetry charged to LC0009 (a third of its time
        /// in a Razor project).</summary>
        private static bool Is(ITypeSymbol type, out INamedTypeSymbol? resource)
        {
            resource = type is INamedTypeSymbol { IsGenericType: true, Arity: 1, ContainingType: null } named && Symbols.IsType(named.OriginalDefinition, LocalizationNamespace, LocalizerName)
                ? named.TypeArguments[0] as INamedTypeSymbol : null;
            return resource != null;
        }

        /// <summary>"Namespace.Name" of a top-level type, the key of its resource set; null for a nested or generic type.</summary>
        public static string? FullName(INamedTypeSymbol type)
        {
            if (type.ContainingType != null || type.IsGenericType) return null;
            var ns = type.ContainingNamespace;
            return ns == null || ns.IsGlobalNamespace ? type.Name : ns.ToDisplayString() + "." + type.Name;
        }

        /// <summary>
        /// The typed member of the key in a class generated by LocalizedContent (<paramref name="member"/> is the name
        /// the generator gives the key): the static property (no arguments) or method; for the designer shape, whose
        /// property holds the raw text, the <c>Format</c> method when the key has one. Null when there is none.
        /// </summary>
        public static ISymbol? TypedMember(INamedTypeSymbol resourceType, string member, bool designerShape)
        {
            if (designerShape)
            {
                foreach (var candidate in resourceType.GetMembers("Format" + member))
                    if (candidate is IMethodSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public }) return candidate;
            }
            foreach (var candidate in resourceType.GetMembers(member))
            {
                if (candidate is IPropertySymbol { IsStatic: true, IsIndexer: false } property && property.Type.SpecialType == SpecialType.System_String) return candidate;
                if (candidate is IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary } method && method.ReturnType.SpecialType == SpecialType.System_String) return candidate;
            }
            return null;
        }

        /// <summary>How many arguments <paramref name="typed"/> takes: 0 for a property.</summary>
        public static int ParameterCount(ISymbol typed) => typed is IMethodSymbol method ? method.Parameters.Length : 0;

        /// <summary><c>Type.Member</c> or <c>Type.Member(a, b)</c> with the call's own argument expressions.</summary>
        public static ExpressionSyntax Replacement(string typeName, string member, bool isMethod, IReadOnlyList<ExpressionSyntax> arguments)
        {
            var access = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParseExpression(typeName), SyntaxFactory.IdentifierName(member));
            if (!isMethod) return access;
            var list = new List<ArgumentSyntax>(arguments.Count);
            foreach (var argument in arguments) list.Add(SyntaxFactory.Argument(argument.WithoutTrivia()));
            return SyntaxFactory.InvocationExpression(access, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(list)));
        }
    }
}
