namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// The names of the generators' tracked steps (<c>WithTrackingName</c>): the incrementality tests read each
    /// step's run reasons by these names to check that an edit re-runs only what it changed.
    /// </summary>
    internal static class TrackingNames
    {
        /// <summary>Documents: parses one file (its output: the file's model, or null).</summary>
        public const string DocumentsParse = "LocalizedContent.Documents.Parse";

        /// <summary>Documents: groups all parsed files into classes and decides their names.</summary>
        public const string DocumentsGroup = "LocalizedContent.Documents.Group";

        /// <summary>Documents: one output per class; an unchanged class is not re-emitted.</summary>
        public const string DocumentsClass = "LocalizedContent.Documents.Class";

        /// <summary>Documents: the diagnostics of all documents, reported by their own output.</summary>
        public const string DocumentsDiagnostics = "LocalizedContent.Documents.Diagnostics";

        /// <summary>Messages: parses one .resx file.</summary>
        public const string MessagesFile = "LocalizedContent.Messages.File";

        /// <summary>Messages: one input per class (its files and names).</summary>
        public const string MessagesGroup = "LocalizedContent.Messages.Group";

        /// <summary>Messages: builds one class (cross-culture checks, member names, resolved dates).</summary>
        public const string MessagesBuild = "LocalizedContent.Messages.Build";

        /// <summary>Messages: the source model of each class (no diagnostics, no locations), the emit input.</summary>
        public const string MessagesClass = "LocalizedContent.Messages.Class";

        /// <summary>Messages: what the shared runtime class must hold (plural rules, date helpers).</summary>
        public const string MessagesRuntime = "LocalizedContent.Messages.Runtime";

        /// <summary>Messages: the consumer's language version and the runtime class's namespace.</summary>
        public const string MessagesTarget = "LocalizedContent.Messages.Target";

        /// <summary>Messages: each class's diagnostics, reported by their own output.</summary>
        public const string MessagesDiagnostics = "LocalizedContent.Messages.Diagnostics";

        /// <summary>Messages: whether the consumer references Microsoft.Extensions.Localization (and dependency
        /// injection), read from the compilation: the compiled IStringLocalizer's input.</summary>
        public const string MessagesLocalizer = "LocalizedContent.Messages.Localizer";

        /// <summary>Messages: the classes the localizer factory and AddLocalizedContent() serve.</summary>
        public const string MessagesLocalizerClasses = "LocalizedContent.Messages.LocalizerClasses";

        /// <summary>Messages: the classes whose own partial declaration in the consumer's code says static (LC1036).</summary>
        public const string MessagesLocalizerStatic = "LocalizedContent.Messages.LocalizerStatic";
    }
}
