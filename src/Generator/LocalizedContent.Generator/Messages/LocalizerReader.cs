using System.Collections.Generic;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Reads from the compilation what the compiled IStringLocalizer depends on, into equatable values (no symbol
    /// leaves this class): which Microsoft.Extensions assemblies are referenced, and which message classes the
    /// consumer's own partial declaration makes static.
    /// </summary>
    internal static class LocalizerReader
    {
        private const string LocalizerInterface = "Microsoft.Extensions.Localization.IStringLocalizer";

        public static LocalizerTarget Target(Compilation compilation)
        {
            var generic = compilation.GetTypeByMetadataName(LocalizerInterface + "`1");
            var plain = compilation.GetTypeByMetadataName(LocalizerInterface);
            var factory = compilation.GetTypeByMetadataName("Microsoft.Extensions.Localization.IStringLocalizerFactory");
            // Before 5.0 IStringLocalizer also declared WithCulture (obsolete, removed in 5.0): not served.
            if (generic is null || plain is null || factory is null || plain.GetMembers("WithCulture").Length > 0) return LocalizerTarget.None;
            var descriptor = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ServiceDescriptor");
            var di = descriptor is not null
                && compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ActivatorUtilities") is not null
                && compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions") is not null;
            return new LocalizerTarget(true, di, di && descriptor!.GetMembers("IsKeyedService").Length > 0);
        }

        /// <summary>
        /// The classes whose declaration in the consumer's code says <c>static</c> (<c>public static partial class
        /// Strings</c>, the way to make a generated class public): a static class cannot be the T of
        /// IStringLocalizer&lt;T&gt; (CS0718), so they keep the static shape and LC1036 says why. The compilation the
        /// generator sees holds the consumer's declarations only, not the generated part.
        /// </summary>
        public static EquatableArray<StaticDeclaration> StaticDeclarations(Compilation compilation, EquatableArray<LocalizerClass> classes)
        {
            var result = new List<StaticDeclaration>();
            foreach (var c in classes)
            {
                var type = compilation.GetTypeByMetadataName(c.FullName);
                if (type is null || !type.IsStatic || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)) continue;
                var keyword = type.DeclaringSyntaxReferences
                    .Select(r => r.GetSyntax())
                    .OfType<TypeDeclarationSyntax>()
                    .SelectMany(d => d.Modifiers)
                    .FirstOrDefault(m => m.IsKind(SyntaxKind.StaticKeyword));
                var location = keyword.SyntaxTree is { } tree
                    ? new LocationInfo(tree.FilePath, keyword.Span, tree.GetLineSpan(keyword.Span).Span)
                    : LocationInfo.FileStart("");
                result.Add(new StaticDeclaration(c.FullName, type.Name, location));
            }
            return new EquatableArray<StaticDeclaration>(result);
        }
    }
}
