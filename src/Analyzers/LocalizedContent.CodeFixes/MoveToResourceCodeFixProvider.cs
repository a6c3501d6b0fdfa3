using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LocalizedContent.Analyzers;
using LocalizedContent.CodeFixes.MoveToResource;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// LC0001: move the literal into the project's LocalizedContent .resx of its language (Persian → Strings.fa.resx)
    /// and call the generated member instead (<c>Strings.Key</c>, or <c>Strings.Key(args)</c> for an interpolated
    /// string). Offered only when the project has such a file; see docs/rules/LC0001.md.
    /// </summary>
    [Description("Move to resource")]
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(MoveToResourceCodeFixProvider)), Shared]
    public sealed class MoveToResourceCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.HardCodedRtlText);

        public override FixAllProvider GetFixAllProvider() => MoveToResourceFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var sets = ResourceSets.Find(document.Project);
            if (sets.Count == 0) return;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var extraction = MoveToResourcePlanner.Analyze(document, root, model, diagnostic, sets, context.CancellationToken);
                if (extraction == null || !await IsWritableAsync(document.Project, extraction.Set, context.CancellationToken).ConfigureAwait(false)) continue;
                var solution = document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Move to resource " + extraction.Target.FileName,
                        token => MoveToResourcePlanner.ApplyAsync(solution, new[] { (document.Id, ImmutableArray.Create(diagnostic)) }, token),
                        MoveToResourcePlanner.EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>Every file of the set is well-formed XML (keys must be known to be unique) and the target can take an entry.</summary>
        private static async Task<bool> IsWritableAsync(Project project, ResourceSet set, CancellationToken cancellationToken)
        {
            foreach (var file in set.Files)
            {
                var text = await project.GetAdditionalDocument(file.DocumentId)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var content = text.ToString();
                if (ResxText.ReadEntries(content) == null || content.IndexOf("</root>", System.StringComparison.Ordinal) < 0) return false;
            }
            return true;
        }
    }
}
