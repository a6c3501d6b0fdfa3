using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// The names of a compilation's references as the compiler was given them: a file's name without its extension
    /// (xunit.core.dll → xunit.core), a compilation reference's assembly name, an in-memory image's module name. Never
    /// <see cref="Compilation.ReferencedAssemblyNames"/> nor <see cref="Compilation.GetAssemblyOrModuleSymbol"/>: they
    /// bind every reference, which the telemetry charged to the first analyzer that asked at compilation start. Nor
    /// <see cref="Compilation.References"/>: it adds the #r references of scripts, which binds them all too.
    /// </summary>
    internal static class ReferenceNames
    {
        // Read once per compilation for the three rules that ask (a test framework, logging, localization): one entry
        // per compilation, made by the first to ask.
        private static readonly ConditionalWeakTable<Compilation, string?[]> Names = new ConditionalWeakTable<Compilation, string?[]>();

        /// <summary>A reference is named one of <paramref name="names"/> (ignoring case).</summary>
        public static bool AnyNamed(Compilation compilation, string[] names)
        {
            foreach (var name in Of(compilation))
            {
                if (name == null) continue;
                foreach (var candidate in names)
                    if (string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>A reference's name starts with <paramref name="prefix"/> (ignoring case), or a reference has no
        /// name to tell (<paramref name="unnamed"/> says what that counts as).</summary>
        public static bool AnyStartingWith(Compilation compilation, string prefix, bool unnamed)
        {
            foreach (var name in Of(compilation))
                if (name == null ? unnamed : name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>Each reference's name, null where it cannot be told.</summary>
        private static string?[] Of(Compilation compilation) =>
            Names.TryGetValue(compilation, out var names) ? names : Names.GetValue(compilation, c => c.ExternalReferences.Select(NameOf).ToArray());

        private static string? NameOf(MetadataReference reference)
        {
            switch (reference)
            {
                case CompilationReference compilation:
                    return compilation.Compilation.AssemblyName;
                case PortableExecutableReference file when !string.IsNullOrEmpty(file.FilePath):
                    return WithoutExtension(Path.GetFileName(file.FilePath));
                case PortableExecutableReference image:
                    return ModuleName(image);
                default:
                    return null;
            }
        }

        /// <summary>The module name an in-memory image carries in its metadata (reading the header binds nothing).</summary>
        private static string? ModuleName(PortableExecutableReference image)
        {
            try
            {
                return image.GetMetadata() is AssemblyMetadata assembly && assembly.GetModules() is { Length: > 0 } modules
                    ? WithoutExtension(modules[0].Name) : null;
            }
            catch (Exception e) when (e is BadImageFormatException || e is IOException || e is InvalidOperationException)
            {
                return null;
            }
        }

        private static string WithoutExtension(string fileName) =>
            fileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".winmd", StringComparison.OrdinalIgnoreCase)
                ? fileName.Substring(0, fileName.LastIndexOf('.')) : fileName;
    }
}
