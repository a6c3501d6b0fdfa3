namespace LocalizedContent.Analyzers
{
    /// <summary>What LC0001 decided a right-to-left literal is used for. Only <see cref="Display"/> and
    /// <see cref="ExceptionMessage"/> are reported on their own; a display literal of a large table is reported once,
    /// on the table (<see cref="TableElement"/>). The corpus test counts by these.</summary>
    internal enum LiteralUse
    {
        Display,
        ExceptionMessage,
        TableElement,
        Escaped,
        Char,
        SearchCompareReplace,
        EqualityOperand,
        Pattern,
        RegexOrSyntax,
        Key,
        Attribute,
        Logging,
        TestProject,
    }

    /// <summary>LC0001's settings for one file, read once per literal from .editorconfig / the global config.</summary>
    internal readonly struct Lc0001Settings
    {
        public Lc0001Settings(bool isTestProject, bool includeTestProjects, bool includeAttributeArguments,
            bool includeExceptionMessages, int tableThreshold, bool loggingNeedsSemanticCheck)
        {
            IsTestProject = isTestProject;
            IncludeTestProjects = includeTestProjects;
            IncludeAttributeArguments = includeAttributeArguments;
            IncludeExceptionMessages = includeExceptionMessages;
            TableThreshold = tableThreshold;
            LoggingNeedsSemanticCheck = loggingNeedsSemanticCheck;
        }

        public bool IsTestProject { get; }
        public bool IncludeTestProjects { get; }
        public bool IncludeAttributeArguments { get; }
        public bool IncludeExceptionMessages { get; }
        /// <summary>A table with this many right-to-left literals or more is reported once; 0 turns grouping off.</summary>
        public int TableThreshold { get; }
        public bool LoggingNeedsSemanticCheck { get; }

        public static bool IsReported(LiteralUse use, bool includeExceptionMessages) =>
            use == LiteralUse.Display || (use == LiteralUse.ExceptionMessage && includeExceptionMessages);
    }
}
