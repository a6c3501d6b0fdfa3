using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LocalizedContent.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.CodeFixes.MoveToResource
{
    /// <summary>One LocalizedContent .resx file of the project, named the way the message generator names it.</summary>
    internal sealed class ResourceFile
    {
        public ResourceFile(AdditionalText text, DocumentId documentId, string className, string @namespace, string? culture)
        {
            Text = text;
            DocumentId = documentId;
            ClassName = className;
            Namespace = @namespace;
            Culture = culture;
        }

        public AdditionalText Text { get; }
        public DocumentId DocumentId { get; }
        public string ClassName { get; }
        public string Namespace { get; }
        /// <summary>Normalized BCP 47 tag, or null for the neutral file.</summary>
        public string? Culture { get; }
        public string FileName => Path.GetFileName(Text.Path);
    }

    /// <summary>The culture files of one generated message class (Strings.resx, Strings.ar.resx, Strings.fa.resx → Strings).</summary>
    internal sealed class ResourceSet
    {
        public ResourceSet(string className, string @namespace, IReadOnlyList<ResourceFile> files)
        {
            ClassName = className;
            Namespace = @namespace;
            Files = files;
        }

        public string ClassName { get; }
        public string Namespace { get; }
        public IReadOnlyList<ResourceFile> Files { get; }
        public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
    }

    /// <summary>
    /// Finds the project's LocalizedContent .resx files (AdditionalFiles with
    /// <c>build_metadata.AdditionalFiles.LocalizedContentItem = true</c>) and groups them into resource sets, with the
    /// class name, namespace and culture rules of the generator's LocalizedItemReader: metadata first, else the file
    /// name (culture suffix) and RootNamespace + folder.
    /// </summary>
    internal static class ResourceSets
    {
        private const string Metadata = "build_metadata.AdditionalFiles.";
        private const string Property = "build_property.";

        public static IReadOnlyList<ResourceSet> Find(Project project)
        {
            var options = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
            var files = new List<ResourceFile>();
            foreach (var text in project.AnalyzerOptions.AdditionalFiles)
            {
                if (!text.Path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase)) continue;
                var fileOptions = options.GetOptions(text);
                if (!IsTrue(Get(fileOptions, Metadata + "LocalizedContentItem"))) continue;
                var document = project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, text.Path, StringComparison.Ordinal));
                if (document == null) continue;
                files.Add(Read(text, document.Id, fileOptions, options.GlobalOptions));
            }
            return files
                .GroupBy(f => f.Namespace + "." + f.ClassName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ResourceSet(g.First().ClassName, g.First().Namespace,
                    g.OrderBy(f => f.Culture == null ? 0 : 1).ThenBy(f => f.Culture, StringComparer.Ordinal).ThenBy(f => f.Text.Path, StringComparer.Ordinal).ToList()))
                .ToList();
        }

        private static ResourceFile Read(AdditionalText text, DocumentId id, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            var stem = Path.GetFileNameWithoutExtension(text.Path);
            var baseName = stem;
            string? culture = null;
            var dot = stem.LastIndexOf('.');
            if (dot > 0 && CultureTag.IsValid(stem.Substring(dot + 1)))
            {
                culture = CultureTag.Normalize(stem.Substring(dot + 1));
                baseName = stem.Substring(0, dot);
            }
            var cultureMetadata = Get(fileOptions, Metadata + "Culture")?.Trim();
            if (!string.IsNullOrEmpty(cultureMetadata) && CultureTag.IsValid(cultureMetadata!)) culture = CultureTag.Normalize(cultureMetadata!);

            var className = Get(fileOptions, Metadata + "ClassName")?.Trim();
            className = string.IsNullOrEmpty(className) ? CSharpIdentifier.From(baseName) : CSharpIdentifier.From(className!);

            var ns = Get(fileOptions, Metadata + "Namespace");
            var @namespace = string.IsNullOrWhiteSpace(ns)
                ? DefaultNamespace.For(text.Path, Get(fileOptions, Metadata + "Link"), globalOptions)
                : CSharpIdentifier.Namespace(ns!);
            return new ResourceFile(text, id, className, @namespace, culture);
        }

        internal static string? Get(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) ? value : null;

        private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
