using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// The LocalizedContent resource sets of one compilation, read once on the first localizer lookup that needs them
    /// (LC0009, LC0010): most compilations have no lookup at all.
    /// </summary>
    internal sealed class LocalizerResources
    {
        private readonly AnalyzerOptions _options;
        private Dictionary<string, ResourceKeySet>? _sets;

        private LocalizerResources(AnalyzerOptions options) => _options = options;

        /// <summary>
        /// What LC0009 and LC0010 share: in a compilation that references Microsoft.Extensions.Localization.Abstractions,
        /// a syntax action on element accesses and invocations (checked by shape first, <see cref="LocalizerCall.MayBeLookup"/>)
        /// with the compilation's resources.
        /// </summary>
        public static void Register(AnalysisContext context, Action<SyntaxNodeAnalysisContext, LocalizerResources> analyze)
        {
            context.RegisterCompilationStartAction(start =>
            {
                if (Create(start.Compilation, start.Options) is not { } resources) return;
                start.RegisterSyntaxNodeAction(c =>
                {
                    if (LocalizerCall.MayBeLookup(c.Node)) analyze(c, resources);
                }, SyntaxKind.ElementAccessExpression, SyntaxKind.InvocationExpression);
            });
        }

        /// <summary>The compilation's resources, when it references Microsoft.Extensions.Localization.Abstractions;
        /// else null.</summary>
        public static LocalizerResources? Create(Compilation compilation, AnalyzerOptions options)
        {
            // The references' names (Microsoft.Extensions.Localization.Abstractions.dll), no symbol: a lookup is told by
            // its receiver's type name (LocalizerCall), so nothing is bound here.
            return ReferenceNames.AnyStartingWith(compilation, LocalizerCall.LocalizationNamespace, unnamed: true) ? new LocalizerResources(options) : null;
        }

        /// <summary>The resource set whose generated class has <paramref name="resourceType"/>'s full name.</summary>
        public bool TryGet(INamedTypeSymbol resourceType, CancellationToken cancellationToken, out ResourceKeySet set)
        {
            set = null!;
            var fullName = LocalizerCall.FullName(resourceType);
            if (fullName == null) return false;
            var sets = LazyInitializer.EnsureInitialized(ref _sets, () => ResourceKeySets.Read(_options, cancellationToken))!;
            if (!sets.TryGetValue(fullName, out var found)) return false;
            set = found;
            return true;
        }

        /// <summary>The key's typed member when <paramref name="resourceType"/> is the class LocalizedContent generated.</summary>
        public static ISymbol? TypedMember(INamedTypeSymbol resourceType, ResourceKeySet set, string key)
        {
            if (!TypedFormatCall.IsLocalizedContentClass(resourceType)) return null;
            var designer = TypedFormatCall.HasDesignerResourceManager(resourceType);
            var member = set.MemberOf(key, designer);
            return member == null ? null : LocalizerCall.TypedMember(resourceType, member, designer);
        }
    }
}
