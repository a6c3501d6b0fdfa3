using System.Reflection;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// The declaration every generated class starts with, documents and messages alike. No accessibility modifier:
    /// the class is internal unless the user's own partial declaration makes it public. One <c>[GeneratedCode]</c>
    /// attribute: the tool name and the generator assembly's version (informational version without build
    /// metadata, else the file version, else the assembly version), so a consumer can tell which release wrote it.
    /// </summary>
    internal static class GeneratedClass
    {
        public const string Tool = "LocalizedContent";

        public static readonly string Version = ReadVersion();

        /// <summary>The attribute line, written above each generated class.</summary>
        public static readonly string AttributeLine =
            "[global::System.CodeDom.Compiler.GeneratedCode(" + CSharpLiteral.String(Tool) + ", " + CSharpLiteral.String(Version) + ")]";

        /// <summary>The class's declaration line (the user's partial declaration may add <c>public</c>).</summary>
        /// <param name="isStatic">False for a message class that implements <c>IStringLocalizer&lt;T&gt;</c> for itself:
        /// a static class cannot be a type argument (CS0718).</param>
        public static string Declaration(string className, bool isStatic = true) => (isStatic ? "static " : "") + "partial class " + className;

        private static string ReadVersion()
        {
            var assembly = typeof(GeneratedClass).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (!string.IsNullOrEmpty(informational))
            {
                // The SDK appends "+<commit>" (source revision): build metadata that would change the code per commit.
                var plus = informational!.IndexOf('+');
                return plus > 0 ? informational.Substring(0, plus) : informational;
            }
            var file = assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version;
            return !string.IsNullOrEmpty(file) ? file! : assembly.GetName().Version?.ToString() ?? "0.0.0";
        }
    }
}
