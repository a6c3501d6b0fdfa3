using LocalizedContent.Naming;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// Generator diagnostics about a LocalizedContent file as a whole (its name, metadata and encoding), shared by
    /// documents and messages. IDs: LC1001–LC1009 here (and LC1015, LC1018, which began as documents' and now name
    /// both kinds), documents LC1010–LC1019, messages LC1020–LC1049.
    /// </summary>
    internal static class CommonDiagnostics
    {
        private const string Category = "LocalizedContent.Generator";

        public static string HelpLink(string id) => "https://github.com/localized-content/LocalizedContent/blob/main/docs/rules/" + id + ".md";

        public static readonly DiagnosticDescriptor InvalidCultureSuffix = new DiagnosticDescriptor(
            "LC1001", "Culture suffix is not a BCP 47 tag",
            "'{0}' in '{1}' is not a BCP 47 culture tag (such as ar, fa or fa-IR); the file is treated as the neutral culture and the suffix as part of its name",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1001"));

        public static readonly DiagnosticDescriptor InvalidCultureMetadata = new DiagnosticDescriptor(
            "LC1002", "Culture metadata is not a BCP 47 tag",
            "Culture metadata '{0}' on '{1}' is not a BCP 47 culture tag; it is ignored",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1002"));

        public static readonly DiagnosticDescriptor NameIsNotAnIdentifier = new DiagnosticDescriptor(
            "LC1003", "Name is not a valid C# identifier",
            "'{0}' is not a valid C# name; the generated code uses '{1}' (set ClassName or Namespace metadata to choose another name)",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1003"));

        public static readonly DiagnosticDescriptor DuplicateCulture = new DiagnosticDescriptor(
            "LC1004", "Two files map to the same class and culture",
            "'{0}' and '{1}' both map to class '{2}' for culture '{3}'; the second one is ignored",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1004"));

        public static readonly DiagnosticDescriptor NotUtf8 = new DiagnosticDescriptor(
            "LC1005", "File is not UTF-8",
            "'{0}' is not valid UTF-8 (or UTF-16 with a byte order mark); save it as UTF-8",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1005"));

        public static readonly DiagnosticDescriptor DocumentAndMessagesShareClass = new DiagnosticDescriptor(
            "LC1006", "A document and a .resx file map to the same class",
            "'{0}' is both a document class and a message class ('{1}'); both would declare For and Variant, so the document class is named '{2}' (set ClassName or Namespace metadata to choose)",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1006"));


        public static readonly DiagnosticDescriptor ClassNameNotATypeName = new DiagnosticDescriptor(
            "LC1007", "Class name is a C# keyword",
            "'{0}' is a C# keyword, or a contextual keyword C# does not allow as a type name (file, required, scoped, extension, record); the class is named '{1}' (set ClassName metadata to choose another name)",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1007"));

        public static readonly DiagnosticDescriptor PathBreaksEditorConfig = new DiagnosticDescriptor(
            "LC1008", "File path holds a line break",
            "'{0}' holds a line break character ({1}) in its path; the compiler's .editorconfig cannot carry its metadata, so the package's targets do not pass it to the compiler: rename the file or folder",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1008"));

        public static readonly DiagnosticDescriptor ReservedClassName = new DiagnosticDescriptor(
            "LC1015", "Class name clashes with a generated member",
            "Class name '{0}' would clash with a member the generator adds to it; the class is named '{1}' (set ClassName metadata to choose another name)",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1015"));

        public static readonly DiagnosticDescriptor ClassNameIsNamespace = new DiagnosticDescriptor(
            "LC1018", "Class name is also a namespace",
            "'{0}' is also the namespace of LocalizedContent files in a subfolder; the class is named '{1}' (set ClassName or Namespace metadata to choose)",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("LC1018"));
    }

    /// <summary>The diagnostic for each <see cref="NamingProblem"/> the shared naming rules report.</summary>
    internal static class NamingDiagnostics
    {
        public static DiagnosticInfo Create(NamingProblem problem, LocationInfo location, string? messagesFile = null) =>
            DiagnosticInfo.Create(Descriptor(problem.Kind), location, Arguments(problem, messagesFile));

        private static DiagnosticDescriptor Descriptor(NamingProblemKind kind) => kind switch
        {
            NamingProblemKind.InvalidCultureSuffix => CommonDiagnostics.InvalidCultureSuffix,
            NamingProblemKind.InvalidCultureMetadata => CommonDiagnostics.InvalidCultureMetadata,
            NamingProblemKind.ClassNotAnIdentifier or NamingProblemKind.NamespaceNotAnIdentifier => CommonDiagnostics.NameIsNotAnIdentifier,
            NamingProblemKind.KeywordClassName => CommonDiagnostics.ClassNameNotATypeName,
            NamingProblemKind.ReservedClassName => CommonDiagnostics.ReservedClassName,
            NamingProblemKind.ClassNameIsNamespace => CommonDiagnostics.ClassNameIsNamespace,
            _ => CommonDiagnostics.DocumentAndMessagesShareClass,
        };

        // LC1006 names the .resx file the document yields to: {0} class key, {1} that file, {2} the new name.
        private static string[] Arguments(NamingProblem problem, string? messagesFile) =>
            problem.Kind == NamingProblemKind.SharedWithMessages
                ? new[] { problem.Args[0], messagesFile ?? "", problem.Args[1] }
                : problem.Args;
    }
}
