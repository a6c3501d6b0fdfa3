using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using System.Threading.Tasks;
using LocalizedContent.Analyzers;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.CodeFixes
{
    /// <summary>LC0003: ي ى → ی and ك → ک in Persian text (ی → ي and ک → ك in Arabic text); nothing else changes.</summary>
    [Description("ي ى → ی, ك → ک (ی → ي, ک → ك in Arabic)")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MismatchedLetterFormsCodeFixProvider)), Shared]
    public sealed class MismatchedLetterFormsCodeFixProvider : TextChangeCodeFixProvider
    {
        public const string Key = "LC0003";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.MismatchedLetterForms);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var literal = FindLiteral(root, diagnostic);
                if (literal == null) continue;
                var language = MismatchedLetterFormsAnalyzer.FindMismatch(StringLiterals.Value(literal));
                if (language == ArabicScriptLanguage.Unknown) continue;
                Register(context, diagnostic,
                    language == ArabicScriptLanguage.Persian ? "Use Persian letter forms (ی ک)" : "Use Arabic letter forms (ي ك)", Key);
            }
        }

        internal override IEnumerable<TextChange> GetChanges(SyntaxNode root, Diagnostic diagnostic, string equivalenceKey)
        {
            var literal = FindLiteral(root, diagnostic);
            if (literal == null) return System.Array.Empty<TextChange>();
            var language = MismatchedLetterFormsAnalyzer.FindMismatch(StringLiterals.Value(literal));
            if (language == ArabicScriptLanguage.Unknown) return System.Array.Empty<TextChange>();
            return RewriteContent(literal, (c, escaped) =>
                TextChecks.IsWrongLetterForm(c, language) ? LiteralRewriter.Keep(TextChecks.RightLetterForm(c, language), escaped) : null);
        }
    }
}
