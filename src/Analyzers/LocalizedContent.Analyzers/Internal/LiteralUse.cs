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

    /// <summary>LC0001's settings for one file, from .editorconfig / the global config: given, or read from
    /// <see cref="Lc0001Options"/> when a decision first needs them (most files need none).</summary>
    internal readonly struct Lc0001Settings
    {
        private readonly bool _includeTestProjects, _includeAttributeArguments, _includeExceptionMessages;
        private readonly int _tableThreshold;
        private readonly Lc0001Options? _options;

        public Lc0001Settings(bool isTestProject, bool includeTestProjects, bool includeAttributeArguments,
            bool includeExceptionMessages, int tableThreshold, bool loggingNeedsSemanticCheck)
        {
            IsTestProject = isTestProject;
            _includeTestProjects = includeTestProjects;
            _includeAttributeArguments = includeAttributeArguments;
            _includeExceptionMessages = includeExceptionMessages;
            _tableThreshold = tableThreshold;
            LoggingNeedsSemanticCheck = loggingNeedsSemanticCheck;
            _options = null;
        }

        public Lc0001Settings(bool isTestProject, bool loggingNeedsSemanticCheck, Lc0001Options options)
        {
            IsTestProject = isTestProject;
            LoggingNeedsSemanticCheck = loggingNeedsSemanticCheck;
            _options = options;
            _includeTestProjects = _includeAttributeArguments = _includeExceptionMessages = false;
            _tableThreshold = 0;
        }

        public bool IsTestProject { get; }
        public bool IncludeTestProjects => _options == null ? _includeTestProjects : IsTestProject && _options.IncludeTestProjects;
        public bool IncludeAttributeArguments => _options?.IncludeAttributeArguments ?? _includeAttributeArguments;
        public bool IncludeExceptionMessages => _options?.IncludeExceptionMessages ?? _includeExceptionMessages;
        /// <summary>A table with this many right-to-left literals or more is reported once; 0 turns grouping off.</summary>
        public int TableThreshold => _options?.TableThreshold ?? _tableThreshold;
        public bool LoggingNeedsSemanticCheck { get; }

        public static bool IsReported(LiteralUse use, bool includeExceptionMessages) =>
            use == LiteralUse.Display || (use == LiteralUse.ExceptionMessage && includeExceptionMessages);

        /// <summary><see cref="IsReported(LiteralUse, bool)"/> with this file's setting, read only for an exception message.</summary>
        public bool IsReported(LiteralUse use) => IsReported(use, use == LiteralUse.ExceptionMessage && IncludeExceptionMessages);
    }
}
