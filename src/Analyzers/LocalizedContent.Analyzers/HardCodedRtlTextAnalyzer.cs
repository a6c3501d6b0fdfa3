using System;
using System.Collections.Immutable;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0001: a literal (string of any kind, UTF-8, char, or a text part of an interpolated string) holding a letter of
    /// Bidi class R or AL. Skips generated code, logging calls, attribute arguments and test projects (the last two
    /// by option).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardCodedRtlTextAnalyzer : DiagnosticAnalyzer
    {
        public const string IncludeAttributeArgumentsOption = Rules.OptionPrefix + "LC0001.include_attribute_arguments";
        public const string IncludeTestProjectsOption = Rules.OptionPrefix + "LC0001.include_test_projects";

        public static readonly DiagnosticDescriptor Rule = Rules.Create(
            Rules.HardCodedRtlText,
            "Hard-coded right-to-left text",
            "Hard-coded right-to-left text; move it to a LocalizedContent file so that it can be translated and reviewed",
            DiagnosticSeverity.Warning,
            "Arabic, Persian, Hebrew and other right-to-left text in code cannot be translated, is hard to review (editors reorder it) and hides bidi tricks. Keep it in LocalizedContent files.");

        private static readonly string[] TestFrameworkAssemblies =
        {
            "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core",
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var isTestProject = IsTestProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                // Without Microsoft.Extensions.Logging only Debug and Trace calls are logging calls, and syntax can
                // rule out most invocations before the (costly) semantic model is asked.
                // An alias or static using (in any file: global usings count) could name Debug or Trace otherwise;
                // then every call goes to the semantic check.
                // Not Compilation.GetTypeByMetadataName: for the source assembly it merges the declarations of every
                // file before the compiler needs them, ~100 ms of a 2,000-file project charged to this analyzer.
                // Metadata namespace names and a syntax scan of top-level declarations give the same answer.
                var semanticOnly = ReferencesLoggingNamespace(start.Compilation)
                    || HasAliasOrStaticUsingOrLoggingNamespace(start.Compilation, start.CancellationToken);
                start.RegisterSyntaxNodeAction(c => AnalyzeLiteral(c, isTestProject, semanticOnly), StringLiterals.LiteralKinds);
            });
        }

        private static bool IsTestProject(Compilation compilation, AnalyzerConfigOptions options)
        {
            if (IsTrue(options, "build_property.IsTestProject")) return true;
            foreach (var name in compilation.ReferencedAssemblyNames)
                foreach (var framework in TestFrameworkAssemblies)
                    if (string.Equals(name.Name, framework, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context, bool isTestProject, bool semanticOnly)
        {
            var node = context.Node;
            if (StringLiterals.IsAsciiSource(node)) return;

            if (node is InterpolatedStringExpressionSyntax interpolated)
            {
                var first = true;
                foreach (var content in interpolated.Contents)
                {
                    if (!(content is InterpolatedStringTextSyntax text) || TextChecks.IsAscii(text.TextToken.Text)) continue;
                    if (!RtlLetters.ContainsRtlLetter(text.TextToken.ValueText)) continue;
                    if (first)
                    {
                        if (IsExcluded(context, node, isTestProject, semanticOnly)) return;
                        first = false;
                    }
                    context.ReportDiagnostic(Diagnostic.Create(Rule, text.GetLocation()));
                }
                return;
            }

            var token = ((LiteralExpressionSyntax)node).Token;
            if (!RtlLetters.ContainsRtlLetter(token.ValueText)) return;
            if (IsExcluded(context, node, isTestProject, semanticOnly)) return;
            context.ReportDiagnostic(Diagnostic.Create(Rule, node.GetLocation()));
        }

        private static bool IsExcluded(SyntaxNodeAnalysisContext context, SyntaxNode literal, bool isTestProject, bool semanticOnly)
        {
            if (isTestProject && !IsOptionTrue(context, IncludeTestProjectsOption)) return true;
            for (var node = literal.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case AttributeSyntax attribute:
                        if (IsLoggerMessageAttribute(context, attribute)) return true;
                        return !IsOptionTrue(context, IncludeAttributeArgumentsOption);
                    case InvocationExpressionSyntax invocation when literal.SpanStart >= invocation.ArgumentList.SpanStart:
                        if ((semanticOnly || MayBeDebugOrTrace(invocation))
                            && IsLoggingCall(context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol as IMethodSymbol)) return true;
                        break;
                    case StatementSyntax _:
                    case MemberDeclarationSyntax _:
                    case AnonymousFunctionExpressionSyntax _:
                        return false;
                }
            }
            return false;
        }

        private const string LoggingNamespace = "Microsoft.Extensions.Logging";

        /// <summary>A referenced assembly has types in Microsoft.Extensions.Logging (where ILogger lives).</summary>
        private static bool ReferencesLoggingNamespace(Compilation compilation)
        {
            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && assembly.NamespaceNames.Contains(LoggingNamespace)) return true;
            }
            return false;
        }

        /// <summary>An alias or static using anywhere, or a source namespace Microsoft.Extensions.Logging (a project
        /// that declares its own ILogger, as the tests' stubs do).</summary>
        private static bool HasAliasOrStaticUsingOrLoggingNamespace(Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var root = tree.GetCompilationUnitRoot(cancellationToken);
                if (HasAliasOrStaticUsing(root.Usings) || DeclaresLoggingNamespace(root.Members, "")) return true;
            }
            return false;
        }

        private static bool DeclaresLoggingNamespace(SyntaxList<MemberDeclarationSyntax> members, string outer)
        {
            foreach (var member in members)
            {
                if (!(member is BaseNamespaceDeclarationSyntax ns)) continue;
                var name = outer.Length == 0 ? FullName(ns.Name) : outer + "." + FullName(ns.Name);
                if (name == LoggingNamespace || name.StartsWith(LoggingNamespace + ".", StringComparison.Ordinal)) return true;
                if (HasAliasOrStaticUsing(ns.Usings) || DeclaresLoggingNamespace(ns.Members, name)) return true;
            }
            return false;
        }

        private static bool HasAliasOrStaticUsing(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
                if (directive.Alias != null || directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword)) return true;
            return false;
        }

        /// <summary>A namespace name without trivia (Microsoft . Extensions → Microsoft.Extensions).</summary>
        private static string FullName(NameSyntax name)
        {
            switch (name)
            {
                case QualifiedNameSyntax qualified: return FullName(qualified.Left) + "." + qualified.Right.Identifier.ValueText;
                case AliasQualifiedNameSyntax alias: return alias.Name.Identifier.ValueText;
                case SimpleNameSyntax simple: return simple.Identifier.ValueText;
                default: return name.ToString();
            }
        }

        /// <summary>
        /// False only when syntax shows the call is on a receiver other than Debug or Trace (Console.WriteLine,
        /// label.Text = …): such a call cannot be System.Diagnostics.Debug or Trace. A bare name (a static using,
        /// a local function) may still be one, so it goes to the semantic check.
        /// </summary>
        private static bool MayBeDebugOrTrace(InvocationExpressionSyntax invocation)
        {
            if (!(invocation.Expression is MemberAccessExpressionSyntax access)) return true;
            switch (access.Expression)
            {
                case IdentifierNameSyntax name:
                    return name.Identifier.ValueText == "Debug" || name.Identifier.ValueText == "Trace";
                case MemberAccessExpressionSyntax qualified:
                    return qualified.Name.Identifier.ValueText == "Debug" || qualified.Name.Identifier.ValueText == "Trace";
                case AliasQualifiedNameSyntax alias:
                    return alias.Name.Identifier.ValueText == "Debug" || alias.Name.Identifier.ValueText == "Trace";
                default:
                    return false; // a call on an expression result (x().M(), "s".M()) is not a static Debug/Trace call
            }
        }

        /// <summary>An option from the file's .editorconfig sections, else from the project's global config.</summary>
        private static bool IsOptionTrue(SyntaxNodeAnalysisContext context, string key)
        {
            var provider = context.Options.AnalyzerConfigOptionsProvider;
            if (provider.GetOptions(context.Node.SyntaxTree).TryGetValue(key, out var value))
                return string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            return IsTrue(provider.GlobalOptions, key);
        }

        private static bool IsLoggerMessageAttribute(SyntaxNodeAnalysisContext context, AttributeSyntax attribute)
        {
            var type = context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type;
            return type != null && type.Name == "LoggerMessageAttribute" && IsNamespace(type.ContainingNamespace, "Microsoft.Extensions.Logging");
        }

        /// <summary>
        /// ILogger.Log and the ILogger extension methods (LogInformation, LogError, BeginScope …), LoggerMessage.Define,
        /// and System.Diagnostics.Debug and Trace. Decided by the called method's symbol, never by parameter names.
        /// </summary>
        private static bool IsLoggingCall(IMethodSymbol? method)
        {
            if (method == null) return false;
            method = method.ReducedFrom ?? method;
            var type = method.ContainingType;
            if (type == null) return false;
            if (IsNamespace(type.ContainingNamespace, "System.Diagnostics") && (type.Name == "Debug" || type.Name == "Trace")) return true;
            if (!IsNamespace(type.ContainingNamespace, "Microsoft.Extensions.Logging")) return false;
            if (type.Name == "LoggerMessage" || type.Name == "LoggerExtensions") return true;
            if (IsLogger(type)) return true; // ILogger.Log, ILogger<T>, a logger class
            return method.IsExtensionMethod && method.Parameters.Length > 0 && IsLogger(method.Parameters[0].Type);
        }

        private static bool IsLogger(ITypeSymbol type)
        {
            if (IsILogger(type)) return true;
            foreach (var implemented in type.AllInterfaces)
                if (IsILogger(implemented)) return true;
            return false;
        }

        private static bool IsILogger(ITypeSymbol type) =>
            type.Name == "ILogger" && IsNamespace(type.ContainingNamespace, "Microsoft.Extensions.Logging");

        private static bool IsNamespace(INamespaceSymbol? ns, string fullName) =>
            ns != null && ns.ToDisplayString() == fullName;
    }
}
