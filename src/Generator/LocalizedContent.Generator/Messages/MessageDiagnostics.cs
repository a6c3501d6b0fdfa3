using LocalizedContent.Generator.Common;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>Diagnostics about .resx messages (LC1020–LC1049). Each has a page under docs/rules/.</summary>
    internal static class MessageDiagnostics
    {
        private const string Category = "LocalizedContent.Generator";

        private static DiagnosticDescriptor Rule(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: CommonDiagnostics.HelpLink(id));

        public static readonly DiagnosticDescriptor InvalidMessage = Rule("LC1020", "Message is not valid ICU MessageFormat",
            "The value of '{0}' is not a valid message: {1}; it is generated as plain text", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateKey = Rule("LC1021", "Duplicate resource key",
            "'{0}' is defined more than once in '{1}'; the first definition is used", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingTranslation = Rule("LC1022", "Key missing in a culture",
            "'{0}' has no value in '{1}'; that culture falls back to the neutral value", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor NotInNeutral = Rule("LC1023", "Key missing in the neutral file",
            "'{0}' is in '{1}' but not in the neutral file '{2}'; cultures without it get the value of '{1}'", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PlaceholderMismatch = Rule("LC1024", "Placeholders differ between cultures",
            "The placeholders of '{0}' in '{1}' ({2}) differ from the neutral file's ({3}){4}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MissingOther = Rule("LC1025", "Plural or select without 'other'",
            "The {0} on '{1}' in '{2}' has no 'other' case; it is required for values no other case matches", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingPluralCategories = Rule("LC1026", "Plural misses categories its language needs",
            "The plural on '{0}' in '{1}' has no case for {2}, which {3} uses; those counts get the 'other' text", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NonStringResource = Rule("LC1027", "Non-string resource skipped",
            "'{0}' is not a string resource ({1}); messages are generated for strings only", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor MalformedResx = Rule("LC1028", "Malformed .resx file",
            "'{0}' could not be read as a .resx file: {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MemberRenamed = Rule("LC1029", "Key renamed to avoid a name collision",
            "'{0}' would be generated as '{1}', which {2}; it is generated as '{3}'", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidOption = Rule("LC1030", "Invalid message option",
            "'{0}' is not a valid value for {1} on '{2}' (expected {3}); the default is used", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NoPluralRules = Rule("LC1031", "No plural rules for the language",
            "No CLDR plural rules are known for '{0}' (used by '{1}'); every count gets the 'other' text", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnsupportedDateFormat = Rule("LC1032", "Unsupported date or time format",
            "The value of '{0}' has a date or time format the generator cannot write: {1}; the medium style is used", DiagnosticSeverity.Error);
    }
}
