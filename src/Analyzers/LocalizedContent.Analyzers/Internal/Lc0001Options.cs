using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>LC0001's options for one file, each read (from the file's .editorconfig sections, else from the
    /// project's global config) the first time a decision needs it: an attribute argument, an exception message, a
    /// table. Looking all of them up for every file was a share of LC0001's telemetry on a project with many files.</summary>
    internal sealed class Lc0001Options
    {
        private readonly AnalyzerConfigOptions _file;
        private readonly AnalyzerConfigOptions _global;
        private bool? _includeTestProjects, _includeAttributeArguments, _includeExceptionMessages;
        private int? _tableThreshold;

        public Lc0001Options(AnalyzerOptions options, SyntaxTree tree)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            _file = provider.GetOptions(tree);
            _global = provider.GlobalOptions;
        }

        public bool IncludeTestProjects => _includeTestProjects ??= Option(HardCodedRtlTextAnalyzer.IncludeTestProjectsOption) == "true";
        public bool IncludeAttributeArguments => _includeAttributeArguments ??= Option(HardCodedRtlTextAnalyzer.IncludeAttributeArgumentsOption) == "true";
        public bool IncludeExceptionMessages => _includeExceptionMessages ??= Option(HardCodedRtlTextAnalyzer.IncludeExceptionMessagesOption) != "false";

        public int TableThreshold => _tableThreshold ??=
            int.TryParse(Option(HardCodedRtlTextAnalyzer.TableThresholdOption), NumberStyles.None, CultureInfo.InvariantCulture, out var threshold)
                ? threshold : HardCodedRtlTextAnalyzer.DefaultTableThreshold;

        /// <summary>The option trimmed and in lower case, or null.</summary>
        private string? Option(string key) =>
            _file.TryGetValue(key, out var value) || _global.TryGetValue(key, out value) ? value.Trim().ToLowerInvariant() : null;
    }
}
