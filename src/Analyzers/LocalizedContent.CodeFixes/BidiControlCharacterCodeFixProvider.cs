using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizedContent.CodeFixes
{
    /// <summary>LC0004: escape a raw bidi control in a literal; remove it from comments, identifiers and elsewhere.</summary>
    [Description("Escape in literals, remove elsewhere")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BidiControlCharacterCodeFixProvider)), Shared]
    public sealed class BidiControlCharacterCodeFixProvider : InvisibleCharacterCodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.BidiControlCharacter);
        private protected override string Key => "LC0004";
        private protected override string Noun => "bidi control character";
        private protected override bool RemoveOutsideLiterals => true;
    }
}
