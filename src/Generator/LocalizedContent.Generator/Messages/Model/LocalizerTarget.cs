using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Messages.Model
{
    /// <summary>
    /// What the consumer references of Microsoft.Extensions.Localization and dependency injection, read from the
    /// compilation once per compilation and compared by value: a C# edit that leaves the references alone stops at
    /// this step, and nothing downstream runs again.
    /// </summary>
    /// <param name="StringLocalizer">Microsoft.Extensions.Localization.Abstractions 5.0 or later is referenced:
    /// each message class implements <c>IStringLocalizer&lt;T&gt;</c> for itself.</param>
    /// <param name="DependencyInjection">Microsoft.Extensions.DependencyInjection.Abstractions is referenced too:
    /// the <c>AddLocalizedContent()</c> extension is generated.</param>
    /// <param name="KeyedServices">Its ServiceDescriptor has keyed services (8.0+): a keyed factory is not the one
    /// <c>AddLocalizedContent()</c> decorates.</param>
    internal sealed record LocalizerTarget(bool StringLocalizer, bool DependencyInjection, bool KeyedServices)
    {
        public static readonly LocalizerTarget None = new LocalizerTarget(false, false, false);

        public const string LocalizerInterface = "Microsoft.Extensions.Localization.IStringLocalizer";

        public static LocalizerTarget From(Compilation compilation)
        {
            var generic = compilation.GetTypeByMetadataName(LocalizerInterface + "`1");
            var plain = compilation.GetTypeByMetadataName(LocalizerInterface);
            var factory = compilation.GetTypeByMetadataName("Microsoft.Extensions.Localization.IStringLocalizerFactory");
            // Before 5.0 IStringLocalizer also declared WithCulture (obsolete, removed in 5.0): not served.
            if (generic is null || plain is null || factory is null || plain.GetMembers("WithCulture").Length > 0) return None;
            var descriptor = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ServiceDescriptor");
            var activator = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ActivatorUtilities");
            var di = descriptor is not null && activator is not null
                && compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions") is not null;
            return new LocalizerTarget(true, di, di && descriptor!.GetMembers("IsKeyedService").Length > 0);
        }
    }

    /// <summary>A message class as the localizer support file names it.</summary>
    /// <param name="Qualified">The global::-qualified C# name.</param>
    /// <param name="FullName">The CLR full name (Type.FullName), which a base name matches.</param>
    internal sealed record LocalizerClass(string Qualified, string FullName);
}
