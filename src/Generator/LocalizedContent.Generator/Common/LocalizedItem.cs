using LocalizedContent.Naming;
using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// One file listed as a <c>LocalizedContent</c> item, with its MSBuild metadata resolved into a class name,
    /// a namespace and a culture. Plain values only: no AdditionalText, no options object.
    /// </summary>
    /// <param name="FilePath">The full path the compiler reports locations against.</param>
    /// <param name="Extension">The lower-case extension with its dot (".txt", ".resx").</param>
    /// <param name="BaseName">The file name without culture suffix and extension (<c>News</c> for News.fa.txt).</param>
    /// <param name="ClassName">A valid C# identifier: <c>ClassName</c> metadata, or made from <paramref name="BaseName"/>.</param>
    /// <param name="Namespace">A valid dotted namespace, possibly empty (global namespace).</param>
    /// <param name="Culture">A normalized BCP 47 tag, or null for the neutral (fallback) file.</param>
    /// <param name="Options">The item's and the project's generation options.</param>
    /// <param name="Diagnostics">Problems found in the name and metadata.</param>
    internal sealed record LocalizedItem(
        string FilePath,
        string Extension,
        string BaseName,
        string ClassName,
        string Namespace,
        string? Culture,
        ItemOptions Options,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>The key that groups culture variants into one generated class.</summary>
        public string ClassKey => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
    }

    /// <summary>
    /// Options read from MSBuild: per item (metadata) over per project (properties). The message generator
    /// reads digits and bidi isolation; dates read the calendar.
    /// </summary>
    internal sealed record ItemOptions(string? Digits, string? BidiIsolation, string? Calendar);

    internal static class LocalizedItemReader
    {
        private const string Metadata = "build_metadata.AdditionalFiles.";
        private const string Property = "build_property.";

        /// <summary>
        /// Reads the item if the file came from a <c>LocalizedContent</c> item (the package's targets mark them),
        /// else returns null: other AdditionalFiles belong to other tools.
        /// </summary>
        public static LocalizedItem? Read(AdditionalText file, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            if (!IsTrue(Get(fileOptions, Metadata + "LocalizedContentItem"))) return null;

            var path = file.Path;
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
            var fileName = Path.GetFileName(path);
            var extension = Path.GetExtension(fileName).ToLowerInvariant();
            var stem = Path.GetFileNameWithoutExtension(fileName);

            // News.fa-IR.txt → base "News", culture "fa-IR". A suffix that is not a BCP 47 tag is reported and kept
            // as part of the name, so the file still generates (as the neutral culture).
            string baseName = stem;
            string? culture = null;
            var dot = stem.LastIndexOf('.');
            if (dot > 0)
            {
                var suffix = stem.Substring(dot + 1);
                if (CultureTag.IsValid(suffix))
                {
                    baseName = stem.Substring(0, dot);
                    culture = CultureTag.Normalize(suffix);
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(CommonDiagnostics.InvalidCultureSuffix, LocationInfo.FileStart(path), suffix, fileName));
                }
            }

            var cultureMetadata = Get(fileOptions, Metadata + "Culture");
            if (!string.IsNullOrWhiteSpace(cultureMetadata))
            {
                var tag = cultureMetadata!.Trim();
                if (CultureTag.IsValid(tag)) culture = CultureTag.Normalize(tag);
                else diagnostics.Add(DiagnosticInfo.Create(CommonDiagnostics.InvalidCultureMetadata, LocationInfo.FileStart(path), tag, fileName));
            }

            var className = Get(fileOptions, Metadata + "ClassName")?.Trim();
            if (string.IsNullOrEmpty(className))
            {
                className = CSharpIdentifier.From(baseName);
                if (className != baseName)
                {
                    diagnostics.Add(DiagnosticInfo.Create(CommonDiagnostics.NameIsNotAnIdentifier, LocationInfo.FileStart(path), baseName, className));
                }
            }
            else if (!CSharpIdentifier.IsValid(className!))
            {
                var made = CSharpIdentifier.From(className!);
                diagnostics.Add(DiagnosticInfo.Create(CommonDiagnostics.NameIsNotAnIdentifier, LocationInfo.FileStart(path), className!, made));
                className = made;
            }

            var ns = Get(fileOptions, Metadata + "Namespace");
            var @namespace = string.IsNullOrWhiteSpace(ns)
                ? DefaultNamespace.For(path, Get(fileOptions, Metadata + "Link"), globalOptions)
                : CSharpIdentifier.Namespace(ns!);

            var options = new ItemOptions(
                Digits: GetOption(fileOptions, globalOptions, "Digits"),
                BidiIsolation: GetOption(fileOptions, globalOptions, "BidiIsolation"),
                Calendar: GetOption(fileOptions, globalOptions, "Calendar"));

            return new LocalizedItem(path, extension, baseName, className!, @namespace, culture, options, diagnostics.ToEquatableArray());
        }


        /// <summary>Item metadata <c>LocalizedContent{name}</c>-free spelling first, then the project property
        /// <c>LocalizedContent{name}</c>.</summary>
        private static string? GetOption(AnalyzerConfigOptions file, AnalyzerConfigOptions global, string name)
        {
            var value = Get(file, Metadata + name);
            if (string.IsNullOrWhiteSpace(value)) value = Get(global, Property + "LocalizedContent" + name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }

        private static string? Get(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) ? value : null;

        private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
