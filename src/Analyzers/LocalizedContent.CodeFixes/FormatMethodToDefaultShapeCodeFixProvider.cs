using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// After <c>Shape="designer"</c> is removed: <c>Resources.FormatKey(a, b)</c> no longer exists (CS0117, or CS0103
    /// under <c>using static</c>) and becomes the default shape's <c>Resources.Key(a, b)</c>. A fix for compiler errors,
    /// not for a rule: no analyzer can see the item's Shape metadata, the compiler sees its result.
    /// </summary>
    [Description("Use Resources.Key(…) (default shape)")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FormatMethodToDefaultShapeCodeFixProvider)), Shared]
    public sealed class FormatMethodToDefaultShapeCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "DefaultShape.FormatMethod";

        /// <summary>CS0117: 'Resources' does not contain a definition for 'FormatKey'; CS0103: the name 'FormatKey' does not exist.</summary>
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("CS0117", "CS0103");

        public override FixAllProvider GetFixAllProvider() => DefaultShapeCall.FixAll(DefaultShapeCall.FromFormatMethod);

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            DefaultShapeCall.RegisterAsync(context, DefaultShapeCall.FromFormatMethod, EquivalenceKey);
    }
}
