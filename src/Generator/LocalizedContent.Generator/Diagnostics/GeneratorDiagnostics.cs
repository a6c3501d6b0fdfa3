using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports, in one place. IDs: LC1001–LC1009 (and LC1015, LC1018) are about a
    /// LocalizedContent file as a whole and its class name, for documents and messages alike; LC1010–LC1019 are
    /// about a document's content; LC1020–LC1049 about .resx messages. Each has a page under docs/rules/ and a row
    /// in AnalyzerReleases.Unshipped.md; the rule tables (eng/RuleTables) are read from these static fields.
    /// </summary>
    internal static class GeneratorDiagnostics
    {
        private const string Category = "LocalizedContent.Generator";

        public static string HelpLink(string id) => "https://github.com/localized-content/LocalizedContent/blob/main/docs/rules/" + id + ".md";

        private static DiagnosticDescriptor Rule(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

        // A file as a whole: its name, metadata, encoding, duplicates, and the class name it asks for.

        public static readonly DiagnosticDescriptor InvalidCultureSuffix = Rule(DiagnosticIds.LC1001, "Culture suffix is not a BCP 47 tag",
            "'{0}' in '{1}' is not a BCP 47 culture tag (such as ar, fa or fa-IR); the file is treated as the neutral culture and the suffix as part of its name", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidCultureMetadata = Rule(DiagnosticIds.LC1002, "Culture metadata is not a BCP 47 tag",
            "Culture metadata '{0}' on '{1}' is not a BCP 47 culture tag; it is ignored", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NameIsNotAnIdentifier = Rule(DiagnosticIds.LC1003, "Name is not a valid C# identifier",
            "'{0}' is not a valid C# name; the generated code uses '{1}' (set ClassName or Namespace metadata to choose another name)", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateCulture = Rule(DiagnosticIds.LC1004, "Two files map to the same class and culture",
            "'{0}' and '{1}' both map to class '{2}' for culture '{3}'; the second one is ignored", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NotUtf8 = Rule(DiagnosticIds.LC1005, "File is not UTF-8",
            "'{0}' is not valid UTF-8 (or UTF-16 with a byte order mark); save it as UTF-8", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DocumentAndMessagesShareClass = Rule(DiagnosticIds.LC1006, "A document and a .resx file map to the same class",
            "'{0}' is both a document class and a message class ('{1}'); both would declare For and Variant, so the document class is named '{2}' (set ClassName or Namespace metadata to choose)", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ClassNameNotATypeName = Rule(DiagnosticIds.LC1007, "Class name is a C# keyword",
            "'{0}' is a C# keyword, or a contextual keyword C# does not allow as a type name (file, required, scoped, extension, record); the class is named '{1}' (set ClassName metadata to choose another name)", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PathBreaksEditorConfig = Rule(DiagnosticIds.LC1008, "File path holds a line break",
            "'{0}' holds a line break character ({1}) in its path; the compiler's .editorconfig cannot carry its metadata, so the package's targets do not pass it to the compiler: rename the file or folder", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ReservedClassName = Rule(DiagnosticIds.LC1015, "Class name clashes with a generated member",
            "Class name '{0}' would clash with a member the generator adds to it; the class is named '{1}' (set ClassName metadata to choose another name)", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ClassNameIsNamespace = Rule(DiagnosticIds.LC1018, "Class name is also a namespace",
            "'{0}' is also the namespace of LocalizedContent files in a subfolder; the class is named '{1}' (set ClassName or Namespace metadata to choose)", DiagnosticSeverity.Warning);

        // Documents (.txt): their content.

        public static readonly DiagnosticDescriptor EmptyDocument = Rule(DiagnosticIds.LC1010, "Document is empty",
            "'{0}' is empty or holds only white space; its Title is empty and it has no paragraphs", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnclosedFrontMatter = Rule(DiagnosticIds.LC1011, "Front matter is not closed",
            "'{0}' opens front matter with '---' on its first line but no later line closes it with '---'; the whole file is read as the document's text", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidFrontMatterLine = Rule(DiagnosticIds.LC1012, "Front matter line is not understood",
            "Front matter line '{0}' is ignored: {1}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidFrontMatterCulture = Rule(DiagnosticIds.LC1013, "Front matter culture is not a BCP 47 tag",
            "Front matter culture '{0}' is not a BCP 47 culture tag (such as ar, fa or fa-IR); it is ignored", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor LettersContradictCulture = Rule(DiagnosticIds.LC1014, "Letters contradict the document's culture",
            "'{0}' has culture '{1}' but its letters are mostly {2} (such as '{3}'); check the culture suffix or the text", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnreadableDocument = Rule(DiagnosticIds.LC1016, "Document could not be read",
            "The compiler could not read '{0}'; no document is generated from it", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DocumentTooLarge = Rule(DiagnosticIds.LC1017, "Document is too large for one assembly",
            "'{0}' has {1} characters of text; an assembly holds at most 16 MB of string literals (about 8 million characters), so the build may fail with CS8103", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidTitleLine = Rule(DiagnosticIds.LC1019, "TitleLine metadata is not a line of the document",
            "TitleLine '{0}' on '{1}' is not a line number of the document's body (1 to {2}); it is ignored", DiagnosticSeverity.Warning);

        // Messages (.resx): their keys, values and cross-culture checks.

        public static readonly DiagnosticDescriptor InvalidMessage = Rule(DiagnosticIds.LC1020, "Message is not valid ICU MessageFormat",
            "The value of '{0}' is not a valid message: {1}; it is generated as plain text", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateKey = Rule(DiagnosticIds.LC1021, "Duplicate resource key",
            "'{0}' is defined more than once in '{1}'; the first definition is used", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MissingTranslation = Rule(DiagnosticIds.LC1022, "Key missing in a culture",
            "'{0}' has no value in '{1}'; that culture falls back to the neutral value", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor NotInNeutral = Rule(DiagnosticIds.LC1023, "Key missing in the neutral file",
            "'{0}' is in '{1}' but not in the neutral file '{2}'; cultures without it get the value of '{1}'", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PlaceholderMismatch = Rule(DiagnosticIds.LC1024, "Placeholders differ between cultures",
            "The placeholders of '{0}' in '{1}' ({2}) differ from the neutral file's ({3}){4}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MissingOther = Rule(DiagnosticIds.LC1025, "Plural or select without 'other'",
            "The {0} on '{1}' in '{2}' has no 'other' case; it is required for values no other case matches", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingPluralCategories = Rule(DiagnosticIds.LC1026, "Plural misses categories its language needs",
            "The plural on '{0}' in '{1}' has no case for {2}, which {3} uses; those counts get the 'other' text", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NonStringResource = Rule(DiagnosticIds.LC1027, "Non-string resource skipped",
            "'{0}' is not a string resource ({1}); messages are generated for strings only", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor MalformedResx = Rule(DiagnosticIds.LC1028, "Malformed .resx file",
            "'{0}' could not be read as a .resx file: {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MemberRenamed = Rule(DiagnosticIds.LC1029, "Key renamed to avoid a name collision",
            "'{0}' would be generated as '{1}', which {2}; it is generated as '{3}'", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidOption = Rule(DiagnosticIds.LC1030, "Invalid message option",
            "'{0}' is not a valid value for {1} on '{2}' (expected {3}); the default is used", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NoPluralRules = Rule(DiagnosticIds.LC1031, "No plural rules for the language",
            "No CLDR plural rules are known for '{0}' (used by '{1}'); every count gets the 'other' text", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnsupportedDateFormat = Rule(DiagnosticIds.LC1032, "Unsupported date or time format",
            "The value of '{0}' has a date or time format the generator cannot write: {1}; the medium style is used", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ClassOptionConflict = Rule(DiagnosticIds.LC1033, "Files of one class set different options",
            "'{0}' sets {1} to '{2}', but class '{3}' takes it from '{4}' (its neutral file, else its first culture file), which sets '{5}'; the setting of '{0}' is ignored", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor LiteralBraceText = Rule(DiagnosticIds.LC1034, "Brace text kept as literal text",
            "'{1}' in the value of '{0}' is not a .NET format item ({2}); it is kept as literal text", DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor UnknownLocale = Rule(DiagnosticIds.LC1035, "Culture without CLDR locale data",
            "'{0}' (the culture of '{1}') is not a locale of the generator's CLDR 48 data; its numbers, dates and plural rules use {2}", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor SupplementaryDigits = Rule(DiagnosticIds.LC1037, "The culture's digits are written as Latin digits",
            "'{0}' (the culture of '{1}') writes numbers in the digits of CLDR's '{2}', which lie outside the Basic Multilingual Plane; the generated code writes Latin digits (0-9) instead: set Digits=\"latin\" to choose them", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor StaticClassWithoutStringLocalizer = Rule(DiagnosticIds.LC1036, "A static message class gets no IStringLocalizer",
            "'{0}' is declared static here, and a static class cannot be the T of IStringLocalizer<T> (CS0718); its compiled IStringLocalizer is not generated: remove 'static' from this partial declaration", DiagnosticSeverity.Warning);
    }

    /// <summary>The generator's diagnostic IDs, so code and descriptors name an ID in one spelling.</summary>
    internal static class DiagnosticIds
    {
        public const string LC1001 = "LC1001";
        public const string LC1002 = "LC1002";
        public const string LC1003 = "LC1003";
        public const string LC1004 = "LC1004";
        public const string LC1005 = "LC1005";
        public const string LC1006 = "LC1006";
        public const string LC1007 = "LC1007";
        public const string LC1008 = "LC1008";
        public const string LC1010 = "LC1010";
        public const string LC1011 = "LC1011";
        public const string LC1012 = "LC1012";
        public const string LC1013 = "LC1013";
        public const string LC1014 = "LC1014";
        public const string LC1015 = "LC1015";
        public const string LC1016 = "LC1016";
        public const string LC1017 = "LC1017";
        public const string LC1018 = "LC1018";
        public const string LC1019 = "LC1019";
        public const string LC1020 = "LC1020";
        public const string LC1021 = "LC1021";
        public const string LC1022 = "LC1022";
        public const string LC1023 = "LC1023";
        public const string LC1024 = "LC1024";
        public const string LC1025 = "LC1025";
        public const string LC1026 = "LC1026";
        public const string LC1027 = "LC1027";
        public const string LC1028 = "LC1028";
        public const string LC1029 = "LC1029";
        public const string LC1030 = "LC1030";
        public const string LC1031 = "LC1031";
        public const string LC1032 = "LC1032";
        public const string LC1033 = "LC1033";
        public const string LC1034 = "LC1034";
        public const string LC1035 = "LC1035";
        public const string LC1036 = "LC1036";
        public const string LC1037 = "LC1037";
    }
}
