using LocalizedContent.Generator.Common;

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
    }

    /// <summary>A message class as the localizer support file names it.</summary>
    /// <param name="Qualified">The global::-qualified C# name.</param>
    /// <param name="FullName">The CLR full name (Type.FullName), which a base name matches.</param>
    internal sealed record LocalizerClass(string Qualified, string FullName);

    /// <summary>A message class the consumer's own partial declaration makes static (LC1036): it keeps the static
    /// shape, without IStringLocalizer.</summary>
    /// <param name="Location">That declaration's <c>static</c> keyword.</param>
    internal sealed record StaticDeclaration(string FullName, string ClassName, LocationInfo Location);
}
