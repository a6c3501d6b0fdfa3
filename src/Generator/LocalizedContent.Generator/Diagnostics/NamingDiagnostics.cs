using LocalizedContent.Generator.Common;
using LocalizedContent.Naming;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Diagnostics
{
    /// <summary>The diagnostic for each <see cref="NamingProblem"/> the shared naming rules report.</summary>
    internal static class NamingDiagnostics
    {
        public static DiagnosticInfo Create(NamingProblem problem, LocationInfo location, string? messagesFile = null) =>
            DiagnosticInfo.Create(Descriptor(problem.Kind), location, Arguments(problem, messagesFile));

        private static DiagnosticDescriptor Descriptor(NamingProblemKind kind) => kind switch
        {
            NamingProblemKind.InvalidCultureSuffix => GeneratorDiagnostics.InvalidCultureSuffix,
            NamingProblemKind.InvalidCultureMetadata => GeneratorDiagnostics.InvalidCultureMetadata,
            NamingProblemKind.ClassNotAnIdentifier or NamingProblemKind.NamespaceNotAnIdentifier => GeneratorDiagnostics.NameIsNotAnIdentifier,
            NamingProblemKind.KeywordClassName => GeneratorDiagnostics.ClassNameNotATypeName,
            NamingProblemKind.ReservedClassName => GeneratorDiagnostics.ReservedClassName,
            NamingProblemKind.ClassNameIsNamespace => GeneratorDiagnostics.ClassNameIsNamespace,
            _ => GeneratorDiagnostics.DocumentAndMessagesShareClass,
        };

        // LC1006 names the .resx file the document yields to: {0} class key, {1} that file, {2} the new name.
        private static string[] Arguments(NamingProblem problem, string? messagesFile) =>
            problem.Kind == NamingProblemKind.SharedWithMessages
                ? new[] { problem.Args[0], messagesFile ?? "", problem.Args[1] }
                : problem.Args;
    }
}
