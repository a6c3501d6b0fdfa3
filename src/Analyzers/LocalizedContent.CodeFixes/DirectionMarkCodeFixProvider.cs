using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizedContent.CodeFixes
{
    /// <summary>LC0005: escape a raw LRM, RLM or ALM in a literal (\u200E, \u200F, \u061C).</summary>
    [Description("Escape")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DirectionMarkCodeFixProvider)), Shared]
    public sealed class DirectionMarkCodeFixProvider : InvisibleCharacterCodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.DirectionMark);
        private protected override string Key => "LC0005";
        private protected override string Noun => "direction mark";
        private protected override bool RemoveOutsideLiterals => false;
    }
}
