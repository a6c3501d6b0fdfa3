using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using LocalizedContent.Generator.Common;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// Groups parsed files into classes: one class per namespace and class name, one variant per culture. The
    /// order is fixed (class key, then neutral first and cultures by name, then path) so the output does not
    /// depend on the order the compiler lists files in.
    /// </summary>
    internal static class DocumentGrouper
    {
        public static DocumentClasses Group(ImmutableArray<DocumentFile?> files, CancellationToken cancellationToken) =>
            Group(files, EquatableArray<string>.Empty, cancellationToken);

        /// <param name="messageClasses">"ClassKey|file name" of each .resx item: a document class with one of
        /// these keys is renamed (LC1006), as the message generator declares that class.</param>
        public static DocumentClasses Group(ImmutableArray<DocumentFile?> files, EquatableArray<string> messageClasses, CancellationToken cancellationToken)
        {
            var messageFiles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in messageClasses)
            {
                var bar = entry.IndexOf('|');
                var key = entry.Substring(0, bar);
                if (!messageFiles.ContainsKey(key)) messageFiles[key] = entry.Substring(bar + 1);
            }
            var result = new List<DocumentClass>();
            var diagnostics = new List<DiagnosticInfo>();
            // Hint names must differ ignoring case (they become file names); class keys only differ by case.
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var groups = files.Where(f => f is not null).Select(f => f!)
                .GroupBy(f => f.ClassKey, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            // A class named like a namespace the generator also fills (Content/News.txt and Content/News/Sports.txt)
            // would not compile (CS0101), so such a class gets another name.
            var namespaces = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (file is null) continue;
                for (var ns = file.Namespace; ns.Length > 0; ns = ns.LastIndexOf('.') is var dot && dot > 0 ? ns.Substring(0, dot) : "")
                {
                    if (!namespaces.Add(ns)) break;
                }
            }
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
                        diagnostics.Add(DiagnosticInfo.Create(CommonDiagnostics.DuplicateCulture, LocationInfo.FileStart(file.FilePath),
                            kept.FileName, file.FileName, file.ClassName, file.Culture ?? "(neutral)"));
                        continue;
                    }
                    variants.Add(file);
                }
                var first = variants[0];
                var className = first.ClassName;
                var classKey = group.Key;
                if (namespaces.Contains(classKey))
                {
                    className = className.TrimStart('@') + "Document";
                    classKey = first.Namespace.Length == 0 ? className : first.Namespace + "." + className;
                    foreach (var v in variants)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DocumentDiagnostics.ClassNameIsNamespace, LocationInfo.FileStart(v.FilePath), group.Key, className));
                    }
                }
                if (messageFiles.TryGetValue(classKey, out var resx))
                {
                    var renamed = className.TrimStart('@') + "Document";
                    foreach (var v in variants)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(CommonDiagnostics.DocumentAndMessagesShareClass, LocationInfo.FileStart(v.FilePath), classKey, resx, renamed));
                    }
                    className = renamed;
                    classKey = first.Namespace.Length == 0 ? className : first.Namespace + "." + className;
                }
                result.Add(new DocumentClass(HintName(classKey, hintNames), first.Namespace, className,
                    variants.Select(DocumentVariant.Of).ToEquatableArray()));
            }
            return new DocumentClasses(result.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        private static string HintName(string classKey, HashSet<string> used)
        {
            var builder = new StringBuilder(classKey.Length);
            foreach (var c in classKey) builder.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
            var stem = builder.ToString();
            var name = stem;
            for (var i = 2; !used.Add(name); i++) name = stem + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return name + ".g.cs";
        }
    }
}
