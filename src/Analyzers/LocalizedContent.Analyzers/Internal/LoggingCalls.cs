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
        /// Whether every call of the project must go to the semantic check. Without Microsoft.Extensions.Logging only
        /// Debug and Trace calls are logging calls, and syntax can rule out most invocations before the (costly) semantic
        /// model is asked. So: a reference named Microsoft.Extensions.Logging…, that namespace declared in source (a
        /// project with its own ILogger, as the tests' stubs), or a global alias or static using, which could name Debug
        /// or Trace in every file. A file's own alias or static using counts for that file only
        /// (<see cref="NeedSemanticCheck(SyntaxTree, System.Threading.CancellationToken)"/>). Asked in a semantic model
        /// action (<paramref name="model"/>: any file of the project), when the compiler has merged the declarations and
        /// the global usings: the source namespace is a lookup, where a walk of every file's namespaces touched every tree
        /// of the project (1.4 ms of LC0001's 7 on 2,000 files), and so are the global usings.
        /// </summary>
        public static bool NeedSemanticCheck(SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
            ReferencesLoggingNamespace(model.Compilation) || DeclaresLoggingNamespace(model.Compilation) || HasGlobalAliasOrStaticUsing(model, cancellationToken);

        /// <summary>Whether the calls of <paramref name="tree"/> must go to the semantic check even when the project's
        /// do not: the file has an alias or static using (at the top or in a namespace).</summary>
        public static bool NeedSemanticCheck(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
        {
            var root = tree.GetCompilationUnitRoot(cancellationToken);
            return HasAliasOrStaticUsing(root.Usings) || HasAliasOrStaticUsing(root.Members);
        }

        /// <summary>A reference named Microsoft.Extensions.Logging… (Microsoft.Extensions.Logging.Abstractions.dll, where
        /// ILogger, LoggerMessage and LoggerExtensions live), or one whose name cannot be told. By name, not by the
        /// assembly's namespaces: <see cref="Compilation.GetAssemblyOrModuleSymbol"/> binds every reference.</summary>
        private static bool ReferencesLoggingNamespace(Compilation compilation) =>
            ReferenceNames.AnyStartingWith(compilation, LoggingNamespace, unnamed: true);

        private static readonly string[] LoggingNamespaceNames = LoggingNamespace.Split('.');

        /// <summary>The source declares namespace Microsoft.Extensions.Logging (or one inside it): the source assembly's
        /// namespaces only, never the references'.</summary>
        private static bool DeclaresLoggingNamespace(Compilation compilation)
        {
            var current = compilation.Assembly.GlobalNamespace;
            foreach (var name in LoggingNamespaceNames)
            {
                INamespaceSymbol? next = null;
                foreach (var member in current.GetMembers(name))
                    if (member is INamespaceSymbol ns) { next = ns; break; }
                if (next == null) return false;
                current = next;
            }
            return true;
        }

        /// <summary>A global using that is an alias or static, in any file: the imports Roslyn puts in scope at the start of
        /// <paramref name="model"/>'s file hold every file's global usings, merged by the compiler before any analyzer
        /// runs. A walk of every file's usings read the root of every tree of the project (0.5 ms of LC0001's 5 on 2,000
        /// files, more in a real build; in an editor, a tree whose root was let go is parsed again to be read).</summary>
        private static bool HasGlobalAliasOrStaticUsing(SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var scope in model.GetImportScopes(0, cancellationToken))
            {
                foreach (var alias in scope.Aliases)
                    if (alias.DeclaringSyntaxReferences.IsEmpty || IsGlobal(alias.DeclaringSyntaxReferences[0], cancellationToken)) return true;
                foreach (var import in scope.Imports)
                    if (import.NamespaceOrType is ITypeSymbol && (import.DeclaringSyntaxReference is not { } reference || IsGlobal(reference, cancellationToken))) return true;
            }
            return false;
        }

        /// <summary>The using directive of <paramref name="reference"/> is global (or cannot be told).</summary>
        private static bool IsGlobal(SyntaxReference reference, System.Threading.CancellationToken cancellationToken) =>
            !(reference.GetSyntax(cancellationToken).FirstAncestorOrSelf<UsingDirectiveSyntax>() is { } directive) || directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword);

        private static bool HasAliasOrStaticUsing(SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var member in members)
                if (member is BaseNamespaceDeclarationSyntax ns && (HasAliasOrStaticUsing(ns.Usings) || HasAliasOrStaticUsing(ns.Members))) return true;
            return false;
        }

        private static bool HasAliasOrStaticUsing(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
                if (IsAliasOrStatic(directive)) return true;
            return false;
        }

        private static bool IsAliasOrStatic(UsingDirectiveSyntax directive) =>
            directive.Alias != null || directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);

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
