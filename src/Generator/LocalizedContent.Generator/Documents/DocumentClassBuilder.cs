using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.Documents.Model;
using LocalizedContent.Naming;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// Groups parsed files into classes: one class per namespace and class name, one variant per culture. The
    /// order is fixed (class key, then neutral first and cultures by name, then path) so the output does not
    /// depend on the order the compiler lists files in.
    /// </summary>
    internal static class DocumentClassBuilder
    {
        /// <summary>
        /// The namespaces of every item are those of the documents and of the .resx items' classes, which this step
        /// has already: no pipeline of its own (a per-file one costs the driver on every run, C# edits included).
        /// </summary>
        public static DocumentClasses Build(ImmutableArray<DocumentFile?> files, EquatableArray<MessageClassKey> messageClasses, CancellationToken cancellationToken) =>
            Build(files, messageClasses,
                files.Where(f => f is not null).Select(f => f!.Namespace).Concat(messageClasses.Select(m => m.Namespace)).Distinct().ToEquatableArray(),
                cancellationToken);

        /// <param name="messageClasses">The .resx items' classes: a document class named like one yields (LC1006),
        /// as the message generator declares that class.</param>
        /// <param name="itemNamespaces">The namespaces of every LocalizedContent item: a class may not be named like one (LC1018).</param>
        private static DocumentClasses Build(ImmutableArray<DocumentFile?> files, EquatableArray<MessageClassKey> messageClasses,
            EquatableArray<string> itemNamespaces, CancellationToken cancellationToken)
        {
            var namespaces = ClassNames.Declared(itemNamespaces);
            var messageNames = ClassNames.Decide(ClassKind.Messages, messageClasses.Select(m => (m.Namespace, m.ClassName)), namespaces, Array.Empty<string>());
            var messageFiles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in messageClasses.OrderBy(m => m.FileName, StringComparer.Ordinal))
            {
                var key = messageNames[ClassNames.Key(m.Namespace, m.ClassName)].Key;
                if (!messageFiles.ContainsKey(key)) messageFiles[key] = m.FileName;
            }
            var diagnostics = new List<DiagnosticInfo>();
            var groups = files.Where(f => f is not null).Select(f => f!)
                .GroupBy(f => f.ClassKey, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            var names = ClassNames.Decide(ClassKind.Document, groups.Select(g => (g.First().Namespace, g.First().ClassName)), namespaces, messageFiles.Keys);
            var hintNames = HintNames.For(names.Values.Select(n => n.Key), ".g.cs");
            var result = new List<DocumentClass>();
            foreach (var group in groups)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var variants = new List<DocumentFile>();
                var ordered = group
                    .OrderBy(f => f.Culture ?? "", StringComparer.Ordinal)
                    .ThenBy(f => f.FilePath, StringComparer.Ordinal);
                foreach (var file in ordered)
                {
                    diagnostics.AddRange(file.Diagnostics);
                    var kept = variants.FirstOrDefault(v => v.Culture == file.Culture);
                    if (kept is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.DuplicateCulture, LocationInfo.FileStart(file.FilePath),
                            kept.FileName, file.FileName, file.ClassName, file.Culture ?? "(neutral)"));
                        continue;
                    }
                    variants.Add(file);
                }
                var name = names[group.Key];
                foreach (var problem in name.Problems)
                {
                    messageFiles.TryGetValue(group.Key, out var resx);
                    foreach (var v in variants) diagnostics.Add(NamingDiagnostics.Create(problem, v.ClassNameLocation, resx));
                }
                result.Add(new DocumentClass(hintNames[name.Key], name.Namespace, name.Name, variants.Select(DocumentVariant.Of).ToEquatableArray()));
            }
            return new DocumentClasses(result.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
    }
}
