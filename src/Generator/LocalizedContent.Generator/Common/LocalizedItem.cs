using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Naming;
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
    /// <param name="Diagnostics">Problems found in the name and metadata, but for <paramref name="ClassNameDiagnostic"/>.</param>
    /// <param name="ClassNameDiagnostic">LC1003 when the file name or ClassName metadata is not an identifier: apart,
    /// because a document's front matter may name the class instead.</param>
    internal sealed record LocalizedItem(
        string FilePath,
        string Extension,
        string BaseName,
        string ClassName,
        string Namespace,
        string? Culture,
        ItemOptions Options,
        EquatableArray<DiagnosticInfo> Diagnostics,
        DiagnosticInfo? ClassNameDiagnostic = null)
    {
        /// <summary>The key that groups culture variants into one generated class.</summary>
        public string ClassKey => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
    }

    /// <summary>
    /// Options read from MSBuild: per item (metadata) over per project (properties). The message generator
    /// reads digits, bidi isolation, the message format (auto, icu or dotnet) and the shape (default or designer);
    /// dates read the calendar.
    /// </summary>
    internal sealed record ItemOptions(string? Digits, string? BidiIsolation, string? Calendar, string? MessageFormat = null, string? Shape = null);

    internal static class LocalizedItemReader
    {
        /// <summary>
        /// Reads the item if the file came from a <c>LocalizedContent</c> item (the package's targets mark them),
        /// else returns null: other AdditionalFiles belong to other tools. The names follow <see cref="ItemNames"/>.
        /// </summary>
        public static LocalizedItem? Read(AdditionalText file, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            if (!ProjectOptions.IsLocalizedContent(fileOptions)) return null;

            var path = file.Path;
            var name = ItemNames.Read(path, fileOptions, globalOptions);
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
            DiagnosticInfo? classNameDiagnostic = null;
            foreach (var problem in name.Problems)
            {
                var diagnostic = NamingDiagnostics.Create(problem, LocationInfo.FileStart(path));
                if (problem.Kind == NamingProblemKind.ClassNotAnIdentifier) classNameDiagnostic = diagnostic;
                else diagnostics.Add(diagnostic);
            }

            // The package's targets keep such a file from the compiler (LC1008 from MSBuild); one that arrives anyway
            // (another build, a test) still generates, with the same warning.
            var lineBreak = path.IndexOfAny(TransportedValue.LineBreaks);
            if (lineBreak >= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.PathBreaksEditorConfig, LocationInfo.FileStart(path),
                    Path.GetFileName(path), "U+" + ((int)path[lineBreak]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
            }

            var options = new ItemOptions(
                Digits: ProjectOptions.Option(fileOptions, globalOptions, "Digits"),
                BidiIsolation: ProjectOptions.Option(fileOptions, globalOptions, "BidiIsolation"),
                Calendar: ProjectOptions.Option(fileOptions, globalOptions, "Calendar"),
                MessageFormat: ProjectOptions.Option(fileOptions, globalOptions, "MessageFormat"),
                Shape: ProjectOptions.Option(fileOptions, globalOptions, "Shape"));

            var extension = Path.GetExtension(path).ToLowerInvariant();
            return new LocalizedItem(path, extension, name.BaseName, name.ClassName, name.Namespace, name.Culture, options, diagnostics.ToEquatableArray(), classNameDiagnostic);
        }

        /// <summary>
        /// The namespaces of every LocalizedContent item (.txt and .resx), sorted and distinct: what both generators
        /// need to know of all items to name their classes (<see cref="ClassNames"/>), read without opening a file.
        /// </summary>
        public static IncrementalValueProvider<EquatableArray<string>> Namespaces(IncrementalGeneratorInitializationContext context) =>
            // One node over the collected files, not a per-file pipeline paired with the options, which the driver
            // walks on every run, C# edits included. The options are looked up by the AdditionalText itself: the
            // compiler keys them by that object, not by its path.
            context.AdditionalTextsProvider
                .Collect()
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) =>
                {
                    var (files, options) = pair;
                    var namespaces = new SortedSet<string>(StringComparer.Ordinal);
                    foreach (var file in files)
                    {
                        if (NamespaceOf(file, options.GetOptions(file), options.GlobalOptions) is { } ns) namespaces.Add(ns);
                    }
                    return namespaces.ToEquatableArray();
                });

        /// <summary>
        /// The namespace of one file, or null when it is not a LocalizedContent item. This node runs again over every
        /// file after an edit of any one of them (an IDE keystroke in a document), so a file whose AdditionalText and
        /// options objects are the ones of the last run answers from a cache: both are immutable and the answer
        /// depends on nothing else. The table holds its keys weakly (no leak across compilations).
        /// </summary>
        private static string? NamespaceOf(AdditionalText file, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            // IDE compilations may run the generator on several threads: one entry per file, updated under its lock.
            var entry = NamespaceCache.GetValue(file, static _ => new CachedNamespace());
            lock (entry)
            {
                if (!ReferenceEquals(entry.FileOptions, fileOptions) || !ReferenceEquals(entry.GlobalOptions, globalOptions))
                {
                    entry.Namespace = ProjectOptions.IsLocalizedContent(fileOptions) ? ItemNames.Namespace(file.Path, fileOptions, globalOptions) : null;
                    entry.FileOptions = fileOptions;
                    entry.GlobalOptions = globalOptions;
                }
                return entry.Namespace;
            }
        }

        private static readonly ConditionalWeakTable<AdditionalText, CachedNamespace> NamespaceCache = new ConditionalWeakTable<AdditionalText, CachedNamespace>();

        private sealed class CachedNamespace
        {
            public AnalyzerConfigOptions? FileOptions;
            public AnalyzerConfigOptions? GlobalOptions;
            public string? Namespace;
        }
    }
}
