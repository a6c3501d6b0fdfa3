using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>The rules on C# syntax leave generated code alone, as with <see cref="GeneratedCodeAnalysisFlags.None"/>,
    /// but decide it themselves, only for what they report. With <c>None</c> Roslyn checks each reported location for
    /// [GeneratedCode] by computing the declared symbols of its whole tree: most of the cost of a rule that reports
    /// thousands of literals. The analyzers configure <see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/>
    /// (generated trees are still not analyzed) and ask <see cref="Contains"/> before each report.</summary>
    internal static class GeneratedCode
    {
        private const string AttributeNamespace = "System.CodeDom.Compiler";
        private const string AttributeName = "GeneratedCodeAttribute";

        /// <summary><see cref="Report"/> as a delegate, for the checks shared with Razor. A method of its own: a lambda
        /// in the action would allocate its closure on entry, for every literal, before the syntax filter.</summary>
        public static Action<Diagnostic> Reporter(SyntaxNodeAnalysisContext context) => diagnostic => Report(context, diagnostic);

        /// <summary>Reports <paramref name="diagnostic"/> unless the analyzed node is generated code.</summary>
        public static void Report(SyntaxNodeAnalysisContext context, Diagnostic diagnostic)
        {
            if (!Contains(context)) context.ReportDiagnostic(diagnostic);
        }

        /// <summary>The reporter of a tree action (<see cref="LiteralScan"/>, <see cref="InvocationScan"/>) for the node it
        /// is at (<see cref="Node"/>, set before each check): reports unless that node is generated code, checked only for
        /// what is reported. One per tree, so that neither a delegate nor a copy of the context is made per node.</summary>
        public sealed class TreeReporter
        {
            // The context itself, not its ReportDiagnostic as a delegate: a method group of a struct boxes a copy of it.
            private readonly SemanticModelAnalysisContext _context;

            public TreeReporter(in SemanticModelAnalysisContext context)
            {
                _context = context;
                Report = ReportUnlessGenerated;
            }

            // A declaration found not generated, nor any around it: the next node's walk up stops there (a tree's
            // literals share their method and type; a partial type's check asks the semantic model).
            private SyntaxNode? _clean;

            public SyntaxNode? Node { get; set; }

            public Action<Diagnostic> Report { get; }

            private void ReportUnlessGenerated(Diagnostic diagnostic)
            {
                if (!_context.IsGeneratedCode && (Node == null || !HasGeneratedCodeAttribute(Node, _context.SemanticModel, ref _clean, _context.CancellationToken)))
                    _context.ReportDiagnostic(diagnostic);
            }
        }

        /// <summary>The analyzed node is generated code: its tree is (an &lt;auto-generated&gt; header, a .g.cs or
        /// .designer.cs name, the generated_code option, a source generator's output; as Roslyn decides), or a type
        /// or member around it carries [System.CodeDom.Compiler.GeneratedCode] (on any part of a partial type).</summary>
        public static bool Contains(SyntaxNodeAnalysisContext context)
        {
            SyntaxNode? clean = null; // one node: nothing to remember
            return context.IsGeneratedCode || HasGeneratedCodeAttribute(context.Node, context.SemanticModel, ref clean, context.CancellationToken);
        }

        /// <summary>Whether a declaration around <paramref name="node"/> carries [GeneratedCode]. The walk up stops at
        /// <paramref name="clean"/>, a declaration already found clean with all around it, and leaves there the
        /// innermost declaration this walk found clean.</summary>
        private static bool HasGeneratedCodeAttribute(SyntaxNode node, SemanticModel model, ref SyntaxNode? clean, CancellationToken cancellationToken)
        {
            SyntaxNode? innermost = null;
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                if (current == clean) break;
                SyntaxList<AttributeListSyntax> lists;
                switch (current)
                {
                    case MemberDeclarationSyntax member: lists = member.AttributeLists; break;
                    case AccessorDeclarationSyntax accessor: lists = accessor.AttributeLists; break;
                    case LocalFunctionStatementSyntax local: lists = local.AttributeLists; break;
                    default: continue;
                }
                if (HasGeneratedCodeAttribute(lists, model, cancellationToken)) return true;
                // [GeneratedCode] on another part of a partial type applies to this part too: only the symbol knows.
                if (current is TypeDeclarationSyntax type && type.Modifiers.Any(SyntaxKind.PartialKeyword)
                    && model.GetDeclaredSymbol(type, cancellationToken) is { } symbol && Symbols.HasAttribute(symbol, AttributeNamespace, AttributeName))
                    return true;
                innermost ??= current;
            }
            if (innermost != null) clean = innermost;
            return false;
        }

        /// <summary>An attribute named GeneratedCode (as written: a name test first), bound to be sure it is
        /// System.CodeDom.Compiler's.</summary>
        private static bool HasGeneratedCodeAttribute(SyntaxList<AttributeListSyntax> lists, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var list in lists)
                foreach (var attribute in list.Attributes)
                {
                    var name = RightmostName(attribute.Name);
                    if (name != "GeneratedCode" && name != AttributeName) continue;
                    var info = model.GetSymbolInfo(attribute, cancellationToken);
                    var constructor = info.Symbol ?? (info.CandidateSymbols.IsDefaultOrEmpty ? null : info.CandidateSymbols[0]);
                    if (Symbols.IsType(constructor?.ContainingType, AttributeNamespace, AttributeName)) return true;
                }
            return false;
        }

        private static string RightmostName(NameSyntax name)
        {
            switch (name)
            {
                case QualifiedNameSyntax qualified: return qualified.Right.Identifier.ValueText;
                case AliasQualifiedNameSyntax alias: return alias.Name.Identifier.ValueText;
                case SimpleNameSyntax simple: return simple.Identifier.ValueText;
                default: return string.Empty;
            }
        }
    }
}
