using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
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

        public LocalizerResources(AnalyzerOptions options) => _options = options;

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
