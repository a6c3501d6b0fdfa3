using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers
{
    /// <summary>LC0001's logging exclusion: calls to ILogger, its extension methods, LoggerMessage, Debug and Trace,
    /// recognised by the called method's symbol; syntax only rules calls out before the semantic model is asked.</summary>
    internal static class LoggingCalls
    {
        private const string LoggingNamespace = "Microsoft.Extensions.Logging";

        /// <summary>
        /// Whether every call must go to the semantic check. Without Microsoft.Extensions.Logging only Debug and Trace
        /// calls are logging calls, and syntax can rule out most invocations before the (costly) semantic model is
        /// asked. An alias or static using (in any file: global usings count) could name Debug or Trace otherwise.
        /// Not Compilation.GetTypeByMetadataName: for the source assembly it merges the declarations of every file
        /// before the compiler needs them, ~100 ms of a 2,000-file project charged to this analyzer. The references'
        /// names and a syntax scan of top-level declarations give the same answer.
        /// </summary>
        public static bool NeedSemanticCheck(Compilation compilation, System.Threading.CancellationToken cancellationToken) =>
            ReferencesLoggingNamespace(compilation) || HasAliasOrStaticUsingOrLoggingNamespace(compilation, cancellationToken);

        /// <summary>A reference named Microsoft.Extensions.Logging… (Microsoft.Extensions.Logging.Abstractions.dll, where
        /// ILogger, LoggerMessage and LoggerExtensions live), or one whose name cannot be told. By name, not by the
        /// assembly's namespaces: <see cref="Compilation.GetAssemblyOrModuleSymbol"/> binds every reference.</summary>
        private static bool ReferencesLoggingNamespace(Compilation compilation) =>
            ReferenceNames.AnyStartingWith(compilation, LoggingNamespace, unnamed: true);

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

        /// <summary><paramref name="outer"/> is the enclosing namespace's name, "" at the top, null when it cannot begin
        /// Microsoft.Extensions.Logging (names are built only under a namespace that starts with Microsoft: this runs
        /// over every file of the project at compilation start).</summary>
        private static bool DeclaresLoggingNamespace(SyntaxList<MemberDeclarationSyntax> members, string? outer)
        {
            foreach (var member in members)
            {
                if (!(member is BaseNamespaceDeclarationSyntax ns)) continue;
                string? name = null;
                if (outer != null && (outer.Length > 0 || Leftmost(ns.Name) == "Microsoft"))
                {
                    name = outer.Length == 0 ? FullName(ns.Name) : outer + "." + FullName(ns.Name);
                    if (name == LoggingNamespace || name.StartsWith(LoggingNamespace + ".", StringComparison.Ordinal)) return true;
                }
                if (HasAliasOrStaticUsing(ns.Usings) || DeclaresLoggingNamespace(ns.Members, name)) return true;
            }
            return false;
        }

        private static string Leftmost(NameSyntax name)
        {
            while (name is QualifiedNameSyntax qualified) name = qualified.Left;
            return name is SimpleNameSyntax simple ? simple.Identifier.ValueText : name is AliasQualifiedNameSyntax alias ? alias.Name.Identifier.ValueText : "";
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
        public static bool MayBeDebugOrTrace(InvocationExpressionSyntax invocation)
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

        public static bool IsLoggerMessageAttribute(ITypeSymbol? type) =>
            type != null && type.Name == "LoggerMessageAttribute" && Symbols.IsNamespace(type.ContainingNamespace, LoggingNamespace);

        /// <summary>
        /// ILogger.Log and the ILogger extension methods (LogInformation, LogError, BeginScope …), LoggerMessage.Define,
        /// and System.Diagnostics.Debug and Trace. Decided by the called method's symbol, never by parameter names.
        /// </summary>
        public static bool IsLoggingCall(IMethodSymbol? method)
        {
            if (method == null) return false;
            method = method.ReducedFrom ?? method;
            var type = method.ContainingType;
            if (type == null) return false;
            if (Symbols.IsNamespace(type.ContainingNamespace, "System.Diagnostics") && (type.Name == "Debug" || type.Name == "Trace")) return true;
            if (!Symbols.IsNamespace(type.ContainingNamespace, LoggingNamespace)) return false;
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
            type.Name == "ILogger" && Symbols.IsNamespace(type.ContainingNamespace, LoggingNamespace);
    }
}
