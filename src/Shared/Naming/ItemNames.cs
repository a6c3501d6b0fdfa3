using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Naming
{
    /// <summary>
    /// How a LocalizedContent file is named: its path and metadata give the class it belongs to, the namespace and
    /// the culture. News.fa-IR.txt → class News, culture fa-IR; Resources/Strings.resx in project App →
    /// App.Resources.Strings. Used by the generator, the content analyzers and the Move to resource fix, so all
    /// three agree on every file.
    /// </summary>
    internal sealed class ItemName
    {
        public ItemName(string baseName, string className, string @namespace, string? culture, IReadOnlyList<NamingProblem> problems)
        {
            BaseName = baseName;
            ClassName = className;
            Namespace = @namespace;
            Culture = culture;
            Problems = problems;
        }

        /// <summary>The file name without culture suffix and extension (News for News.fa.txt).</summary>
        public string BaseName { get; }

        /// <summary>A valid C# identifier: ClassName metadata, or made from <see cref="BaseName"/>. Whether it can name
        /// a type is decided with the other classes (<see cref="ClassNames"/>).</summary>
        public string ClassName { get; }

        /// <summary>A valid dotted namespace, possibly empty (the global namespace).</summary>
        public string Namespace { get; }

        /// <summary>A normalized BCP 47 tag, or null for the neutral (fallback) file.</summary>
        public string? Culture { get; }

        public IReadOnlyList<NamingProblem> Problems { get; }

        public string ClassKey => ClassNames.Key(Namespace, ClassName);
    }

    internal static class ItemNames
    {
        /// <summary>
        /// Only the namespace of <see cref="Read"/>: what class naming needs from every item in the project, read
        /// again after each edit of any file, so it skips the culture and class name work.
        /// </summary>
        public static string Namespace(string path, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions) =>
            Namespace(path, fileOptions, globalOptions, problems: null);

        private static string Namespace(string path, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, List<NamingProblem>? problems)
        {
            var namespaceMetadata = ProjectOptions.Metadata(fileOptions, "Namespace");
            if (namespaceMetadata is null)
            {
                return DefaultNamespace.For(path, ProjectOptions.Metadata(fileOptions, "Link"), globalOptions);
            }
            else
            {
                var @namespace = CSharpIdentifier.Namespace(namespaceMetadata);
                // Keywords escaped with '@' name the same namespace (Resources.public is App.Resources.@public): no warning.
                if (@namespace.Replace("@", "") != namespaceMetadata) problems?.Add(new NamingProblem(NamingProblemKind.NamespaceNotAnIdentifier, namespaceMetadata, @namespace));
                return @namespace;
            }
        }

        public static ItemName Read(string path, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            var problems = new List<NamingProblem>();
            var fileName = Path.GetFileName(path);
            var stem = Path.GetFileNameWithoutExtension(fileName);

            // News.fa-IR.txt → base "News", culture "fa-IR". A suffix that is not a BCP 47 tag is reported and kept
            // as part of the name, so the file still generates (as the neutral culture).
            var baseName = stem;
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
                    problems.Add(new NamingProblem(NamingProblemKind.InvalidCultureSuffix, suffix, fileName));
                }
            }

            var cultureMetadata = ProjectOptions.Metadata(fileOptions, "Culture");
            if (cultureMetadata is not null)
            {
                if (CultureTag.IsValid(cultureMetadata)) culture = CultureTag.Normalize(cultureMetadata);
                else problems.Add(new NamingProblem(NamingProblemKind.InvalidCultureMetadata, cultureMetadata, fileName));
            }

            var className = Identifier(ProjectOptions.Metadata(fileOptions, "ClassName") ?? baseName, problems);

            var @namespace = Namespace(path, fileOptions, globalOptions, problems);
            return new ItemName(baseName, className, @namespace, culture, problems);
        }

        /// <summary><paramref name="name"/> in identifier characters (a keyword stays as it is: class names that
        /// cannot name a type are renamed by <see cref="ClassNames"/>); a change is reported.</summary>
        public static string Identifier(string name, List<NamingProblem> problems)
        {
            var made = CSharpIdentifier.Sanitize(name);
            if (made != name) problems.Add(new NamingProblem(NamingProblemKind.ClassNotAnIdentifier, name, made));
            return made;
        }
    }
}
