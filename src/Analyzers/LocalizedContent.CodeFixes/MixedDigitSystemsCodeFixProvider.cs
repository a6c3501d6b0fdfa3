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
    /// <summary>
    /// LC0002: converts every digit of the literal to one system; one action per system, best first (the system of the
    /// text's letters, then the systems already used, most used first). Separators (. ٫ ٬) and everything else stay.
    /// The first action's equivalence key is "best fit", so Fix All (and <c>dotnet format</c>, which applies the first
    /// action) gives each literal the digits of its own language.
    /// </summary>
    [Description("Convert every digit to one system, the text's own first")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MixedDigitSystemsCodeFixProvider)), Shared]
    public sealed class MixedDigitSystemsCodeFixProvider : TextChangeCodeFixProvider
    {
        public const string BestFitKey = "LC0002.BestFit";
        private const string KeyPrefix = "LC0002.";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.MixedDigitSystems);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var literal = FindLiteral(root, diagnostic);
                if (literal == null) continue;
                var targets = TextChecks.DigitTargets(StringLiterals.Value(literal));
                for (var i = 0; i < targets.Count; i++)
                    Register(context, diagnostic, "Use " + TextChecks.DigitSystemName(targets[i]) + " digits",
                        i == 0 ? BestFitKey : KeyPrefix + targets[i]);
            }
        }

        internal override IEnumerable<TextChange> GetChanges(SyntaxNode root, Diagnostic diagnostic, string equivalenceKey)
        {
            var literal = FindLiteral(root, diagnostic);
            if (literal == null) return System.Array.Empty<TextChange>();
            DigitSystem target;
            if (equivalenceKey == BestFitKey || !equivalenceKey.StartsWith(KeyPrefix, System.StringComparison.Ordinal)
                || !System.Enum.TryParse(equivalenceKey.Substring(KeyPrefix.Length), out target))
            {
                var targets = TextChecks.DigitTargets(StringLiterals.Value(literal));
                if (targets.Count == 0) return System.Array.Empty<TextChange>();
                target = targets[0];
            }
            return RewriteContent(literal, (c, escaped) =>
            {
                var value = DigitSystems.ValueOf(c);
                if (value < 0 || DigitSystems.Of(c) == target) return null;
                return LiteralRewriter.Keep(DigitSystems.Digit(target, value), escaped);
            });
        }
    }
}
