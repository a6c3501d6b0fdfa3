using LocalizedContent.Generator.Common;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// Diagnostics about the content of a document (.txt) file: LC1010–LC1019. Problems with the file's name,
    /// metadata, encoding and duplicates use the shared LC1001–LC1005 in <see cref="CommonDiagnostics"/>.
    /// </summary>
    internal static class DocumentDiagnostics
    {
        private const string Category = "LocalizedContent.Generator";

        public static readonly DiagnosticDescriptor EmptyDocument = new DiagnosticDescriptor(
            "LC1010", "Document is empty",
            "'{0}' is empty or holds only white space; its Title is empty and it has no paragraphs",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink("LC1010"));

        public static readonly DiagnosticDescriptor UnclosedFrontMatter = new DiagnosticDescriptor(
            "LC1011", "Front matter is not closed",
            "'{0}' opens front matter with '---' on its first line but no later line closes it with '---'; the whole file is read as the document's text",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink("LC1011"));

        public static readonly DiagnosticDescriptor InvalidFrontMatterLine = new DiagnosticDescriptor(
            "LC1012", "Front matter line is not understood",
            "Front matter line '{0}' is ignored: {1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink("LC1012"));

        public static readonly DiagnosticDescriptor InvalidFrontMatterCulture = new DiagnosticDescriptor(
            "LC1013", "Front matter culture is not a BCP 47 tag",
            "Front matter culture '{0}' is not a BCP 47 culture tag (such as ar, fa or fa-IR); it is ignored",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink("LC1013"));

        public static readonly DiagnosticDescriptor LettersContradictCulture = new DiagnosticDescriptor(
            "LC1014", "Letters contradict the document's culture",
            "'{0}' has culture '{1}' but its letters are mostly {2} (such as '{3}'); check the culture suffix or the text",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink("LC1014"));


        public static readonly DiagnosticDescriptor UnreadableDocument = new DiagnosticDescriptor(
            "LC1016", "Document could not be read",
            "The compiler could not read '{0}'; no document is generated from it",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink("LC1016"));

        public static readonly DiagnosticDescriptor DocumentTooLarge = new DiagnosticDescriptor(
            "LC1017", "Document is too large for one assembly",
            "'{0}' has {1} characters of text; an assembly holds at most 16 MB of string literals (about 8 million characters), so the build may fail with CS8103",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink("LC1017"));


        public static readonly DiagnosticDescriptor InvalidTitleLine = new DiagnosticDescriptor(
            "LC1019", "TitleLine metadata is not a line of the document",
            "TitleLine '{0}' on '{1}' is not a line number of the document's body (1 to {2}); it is ignored",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink("LC1019"));
    }
}
