using Microsoft.CodeAnalysis;

namespace LocalizedContent.Analyzers
{
    /// <summary>IDs, category and help links of the analyzer rules (LC0001–LC0099; the generator uses LC1xxx).</summary>
    internal static class Rules
    {
        public const string Category = "LocalizedContent";
        public const string OptionPrefix = "localized_content.";

        public const string HardCodedRtlText = "LC0001";
        public const string MixedDigitSystems = "LC0002";
        public const string MismatchedLetterForms = "LC0003";
        public const string BidiControlCharacter = "LC0004";
        public const string DirectionMark = "LC0005";
        public const string NativeDigitParse = "LC0006";
        public const string PairedBidiControls = "LC0007";
        public const string TypedFormatMethod = "LC0008";
        public const string LocalizerKey = "LC0009";
        public const string TypedLocalizerMember = "LC0010";

        /// <summary>Same base URL as the generator's rules.</summary>
        public static string HelpLink(string id) =>
            "https://github.com/localized-content/LocalizedContent/blob/main/docs/rules/" + id + ".md";

        public static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true,
                description: description, helpLinkUri: HelpLink(id));
    }
}
