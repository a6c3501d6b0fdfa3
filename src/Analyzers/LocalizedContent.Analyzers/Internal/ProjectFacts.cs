using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>What LC0001 (on C# and on the C# of Razor files) needs to know of the project, decided once, when a
    /// tree first asks: in a semantic model action, when the compiler has already read what it needs, and never in a
    /// project without right-to-left text.</summary>
    internal sealed class ProjectFacts
    {
        private readonly Compilation _compilation;
        private readonly AnalyzerConfigOptions _globalOptions;
        // 0: not decided yet, 1: no, 2: yes. Deciding twice on two threads gives the same answer: no lock.
        private int _isTestProject, _loggingNeedsSemanticCheck;

        public ProjectFacts(Compilation compilation, AnalyzerConfigOptions globalOptions)
        {
            _compilation = compilation;
            _globalOptions = globalOptions;
        }

        public bool IsTestProject
        {
            get
            {
                if (_isTestProject == 0) _isTestProject = HardCodedRtlTextAnalyzer.IsTestProject(_compilation, _globalOptions) ? 2 : 1;
                return _isTestProject == 2;
            }
        }

        /// <summary>Whether the calls of <paramref name="model"/>'s tree go to the semantic check for logging: the
        /// project's answer (<see cref="LoggingCalls.NeedSemanticCheck(SemanticModel, CancellationToken)"/>, decided on the
        /// first tree that asks), else the tree's own (<see cref="LoggingCalls.NeedSemanticCheck(SyntaxTree, CancellationToken)"/>).</summary>
        public bool LoggingNeedsSemanticCheck(SemanticModel model, CancellationToken cancellationToken)
        {
            if (_loggingNeedsSemanticCheck == 0)
                _loggingNeedsSemanticCheck = LoggingCalls.NeedSemanticCheck(model, cancellationToken) ? 2 : 1;
            return _loggingNeedsSemanticCheck == 2 || LoggingCalls.NeedSemanticCheck(model.SyntaxTree, cancellationToken);
        }
    }
}
