using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Naming
{
    /// <summary>
    /// Reads what the package's targets hand the compiler: item metadata of LocalizedContent files and project
    /// properties, decoded (<see cref="TransportedValue"/>). The one place that knows the option keys.
    /// </summary>
    internal static class ProjectOptions
    {
        private const string MetadataPrefix = "build_metadata.AdditionalFiles.";
        private const string PropertyPrefix = "build_property.";

        /// <summary>True for files listed as <c>LocalizedContent</c> items (the targets mark them); other
        /// AdditionalFiles belong to other tools.</summary>
        public static bool IsLocalizedContent(AnalyzerConfigOptions fileOptions) =>
            string.Equals(Metadata(fileOptions, "LocalizedContentItem"), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>Item metadata, decoded and trimmed; null when absent or blank.</summary>
        public static string? Metadata(AnalyzerConfigOptions fileOptions, string name) =>
            Clean(fileOptions.TryGetValue(MetadataPrefix + name, out var value) ? value : null);

        /// <summary>
        /// A project property, decoded and trimmed; null when absent or blank. The targets pass an encoded copy as
        /// <c>_LocalizedContent_{name}</c> where the raw value may hold '#' or ';' (a project folder named C#).
        /// </summary>
        public static string? Property(AnalyzerConfigOptions globalOptions, string name) =>
            Clean(globalOptions.TryGetValue(PropertyPrefix + "_LocalizedContent_" + name, out var encoded) ? encoded
                : globalOptions.TryGetValue(PropertyPrefix + name, out var raw) ? raw : null);

        /// <summary>An option: item metadata <c>{name}</c> over the project property <c>LocalizedContent{name}</c>.</summary>
        public static string? Option(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, string name) =>
            Metadata(fileOptions, name) ?? Property(globalOptions, "LocalizedContent" + name);

        private static string? Clean(string? value)
        {
            if (value is null) return null;
            var decoded = TransportedValue.Decode(value).Trim();
            return decoded.Length == 0 ? null : decoded;
        }
    }
}
