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
    /// Finds the project's LocalizedContent .resx files and groups them into resource sets, named exactly as the
    /// message generator names them: <see cref="ItemNames"/> for each file and <see cref="ClassNames"/> for each class,
    /// decided from the namespaces of all the project's LocalizedContent items.
    /// </summary>
    internal static class ResourceSets
    {
        public static IReadOnlyList<ResourceSet> Find(Project project)
        {
            var options = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
            var namespaces = new List<string>();
            var files = new List<(AdditionalText Text, DocumentId Id, ItemName Name)>();
            foreach (var text in project.AnalyzerOptions.AdditionalFiles)
            {
                var fileOptions = options.GetOptions(text);
                if (!ProjectOptions.IsLocalizedContent(fileOptions)) continue;
                var name = ItemNames.Read(text.Path, fileOptions, options.GlobalOptions);
                namespaces.Add(name.Namespace);
                if (!text.Path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase)) continue;
                var document = project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, text.Path, StringComparison.Ordinal));
                if (document != null) files.Add((text, document.Id, name));
            }
            var classes = ClassNames.Decide(ClassKind.Messages, files.Select(f => (f.Name.Namespace, f.Name.ClassName)),
                ClassNames.Declared(namespaces), Array.Empty<string>());
            return files
                .Select(f => new ResourceFile(f.Text, f.Id, classes[f.Name.ClassKey].Name, f.Name.Namespace, f.Name.Culture))
                .GroupBy(f => f.Namespace + "." + f.ClassName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ResourceSet(g.First().ClassName, g.First().Namespace,
                    g.OrderBy(f => f.Culture == null ? 0 : 1).ThenBy(f => f.Culture, StringComparer.Ordinal).ThenBy(f => f.Text.Path, StringComparer.Ordinal).ToList()))
                .ToList();
        }

        internal static string? Get(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) ? value : null;
    }
}
