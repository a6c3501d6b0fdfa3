using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// After <c>Shape="designer"</c> is removed: in <c>string.Format(Resources.Key, a, b)</c> the key is now a method
    /// group, which string.Format cannot take (CS1503), and the call becomes <c>Resources.Key(a, b)</c>, under LC0008's
    /// provider rule. A fix for a compiler error, not for a rule (see <see cref="FormatMethodToDefaultShapeCodeFixProvider"/>).
    /// </summary>
    [Description("Use Resources.Key(…)")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StringFormatToDefaultShapeCodeFixProvider)), Shared]
    public sealed class StringFormatToDefaultShapeCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "DefaultShape.StringFormat";

        /// <summary>CS1503: Argument 1: cannot convert from 'method group' to 'string'.</summary>
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("CS1503");

        public override FixAllProvider GetFixAllProvider() => DefaultShapeCall.FixAll(DefaultShapeCall.FromStringFormat);

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            DefaultShapeCall.RegisterAsync(context, DefaultShapeCall.FromStringFormat, EquivalenceKey);
    }
}
