using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// LC0007: a paired embedding in a LocalizedContent file becomes the equivalent isolate (LRE → LRI, RLE → RLI, their
    /// PDF → PDI), edited in the .resx or .txt file itself, each control written as it was (raw, or as an XML character
    /// reference). Paired isolates have no fix. Roslyn has no Fix All for files other than C# documents.
    /// </summary>
    [Description("Replace the embedding by the equivalent isolate")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PairedBidiControlCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
    public sealed class PairedBidiControlCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.PairedBidiControls);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(BidiControlCharacterAnalyzer.OpenerIsolate, out var opener) || opener == null) continue;
                if (!diagnostic.Properties.TryGetValue(BidiControlCharacterAnalyzer.CloserIsolate, out var closer) || closer == null) continue;
                var document = context.TextDocument;
                context.RegisterCodeFix(
                    CodeAction.Create("Replace the embedding by an isolate", token => ReplaceAsync(document, diagnostic.Location.SourceSpan, opener, closer, token),
                        Rules.PairedBidiControls),
                    diagnostic);
            }
            return Task.CompletedTask;
        }

        /// <summary>The opener is at the start of <paramref name="span"/>, the closer at its end; each is one raw
        /// character or one character reference (&amp;#x202A;) in the file.</summary>
        private static async Task<Solution> ReplaceAsync(TextDocument document, TextSpan span, string opener, string closer, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (span.IsEmpty || span.End > text.Length) return document.Project.Solution;
            var openerEnd = span.Start + 1;
            if (text[span.Start] == '&')
                while (openerEnd < span.End && text[openerEnd - 1] != ';') openerEnd++;
            var closerStart = span.End - 1;
            if (text[closerStart] == ';')
                while (closerStart > openerEnd && text[closerStart] != '&') closerStart--;
            var fixedText = text.WithChanges(
                new TextChange(TextSpan.FromBounds(span.Start, openerEnd), opener),
                new TextChange(TextSpan.FromBounds(closerStart, span.End), closer));
            return document.Project.Solution.WithAdditionalDocumentText(document.Id, fixedText);
        }
    }
}
