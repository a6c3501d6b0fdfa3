using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LocalizedContent.CodeFixes.MoveToResource;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// Fix All for LC0001's move to resource. The batch fixers merge document edits only; this one plans every
    /// literal of the scope together, so keys are unique across documents, equal texts share one key and each .resx
    /// gets a single insertion.
    /// </summary>
    internal sealed class MoveToResourceFixAllProvider : FixAllProvider
    {
        public static readonly MoveToResourceFixAllProvider Instance = new MoveToResourceFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            IEnumerable<Document> documents = context.Scope switch
            {
                FixAllScope.Document when context.Document != null => new[] { context.Document },
                FixAllScope.Project => context.Project.Documents,
                FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents),
                _ => Enumerable.Empty<Document>(),
            };
            var work = new List<(DocumentId, ImmutableArray<Diagnostic>)>();
            foreach (var document in documents)
            {
                var diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (diagnostics.Length > 0) work.Add((document.Id, diagnostics));
            }
            if (work.Count == 0) return null;
            var solution = context.Solution;
            return CodeAction.Create(
                "Move every hard-coded right-to-left text to resources",
                token => MoveToResourcePlanner.ApplyAsync(solution, work, token),
                MoveToResourcePlanner.EquivalenceKey);
        }
    }
}
