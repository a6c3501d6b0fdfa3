using System;
using System.IO;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Naming
{
    /// <summary>
    /// The namespace of a generated class when no Namespace metadata is given: RootNamespace plus the file's folder
    /// relative to the project (or its Link), like .resx designer classes: Content/News.fa.txt in project NewsReader →
    /// NewsReader.Content. Linked into the code-fix assembly too, so that Move to resource names the class exactly as
    /// the generator does.
    /// </summary>
    internal static class DefaultNamespace
    {
        public static string For(string path, string? link, AnalyzerConfigOptions globalOptions)
        {
            var root = ProjectOptions.Property(globalOptions, "RootNamespace") ?? "";
            string? relativeFolder = null;
            if (!string.IsNullOrWhiteSpace(link))
            {
                relativeFolder = Path.GetDirectoryName(link!.Replace('\\', '/'));
            }
            else
            {
                var projectDir = ProjectOptions.Property(globalOptions, "MSBuildProjectDirectory") ?? ProjectOptions.Property(globalOptions, "ProjectDir");
                if (!string.IsNullOrWhiteSpace(projectDir))
                {
                    var dir = Normalize(projectDir!);
                    var file = Normalize(path);
                    if (file.StartsWith(dir + "/", StringComparison.OrdinalIgnoreCase))
                    {
                        relativeFolder = Path.GetDirectoryName(file.Substring(dir.Length + 1));
                    }
                }
            }
            var dotted = string.IsNullOrEmpty(relativeFolder) ? root : root + "." + relativeFolder;
            return CSharpIdentifier.Namespace(dotted.Replace('/', '.').Replace('\\', '.'));
        }

        private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
    }
}
