using System.Runtime.CompilerServices;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0001's tables: an array, collection or dictionary initializer, a collection expression or a switch
    /// expression. A table with many right-to-left literals is data (a list of cities, stop words, month names) or a
    /// message table: one diagnostic on the table says so, instead of one per element.
    /// </summary>
    internal static class RtlTables
    {
        // Each element of a 5,000-element table asks for its table's count: counted once per table node, kept as
        // long as the syntax tree lives.
        private static readonly ConditionalWeakTable<SyntaxNode, StrongBox<int>> Counts = new ConditionalWeakTable<SyntaxNode, StrongBox<int>>();

        public static bool IsTable(SyntaxNode node) =>
            node.IsKind(SyntaxKind.ArrayInitializerExpression) || node.IsKind(SyntaxKind.CollectionInitializerExpression)
            || node.IsKind(SyntaxKind.CollectionExpression) || node.IsKind(SyntaxKind.SwitchExpression);

        /// <summary>Where the walk up from a literal or table stops: a table never spans statements, members or lambdas.</summary>
        public static bool IsBoundary(SyntaxNode node) =>
            node is StatementSyntax || node is MemberDeclarationSyntax || node is AnonymousFunctionExpressionSyntax;

        /// <summary>String literals and interpolated strings written with a right-to-left letter (escapes do not count).</summary>
        public static int RtlLiteralCount(SyntaxNode table)
        {
            if (Counts.TryGetValue(table, out var cached)) return cached.Value;
            var count = Count(table);
            // Only tables with right-to-left text are asked again (by their literals): the others are not kept.
            return count == 0 ? 0 : Counts.GetValue(table, _ => new StrongBox<int>(count)).Value;
        }

        private static int Count(SyntaxNode table)
        {
            if (table is TypeDeclarationSyntax type) return ConstantList(type, out _, out _);
            var count = 0;
            foreach (var node in table.DescendantNodes())
            {
                if (node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.Utf8StringLiteralExpression))
                {
                    if (IsWrittenRtl(((LiteralExpressionSyntax)node).Token.Text)) count++;
                }
                else if (node is InterpolatedStringExpressionSyntax interpolated && HasWrittenRtlText(interpolated))
                {
                    count++;
                }
            }
            return count;
        }

        /// <summary>
        /// A type's constant list: its const and static readonly fields initialized with a string literal written with
        /// a right-to-left letter (a class of holiday names, of messages). The literal is that of such a field, or null.
        /// </summary>
        public static TypeDeclarationSyntax? ConstantListOf(SyntaxNode literal) =>
            literal.Parent is EqualsValueClauseSyntax equals && equals.Parent is VariableDeclaratorSyntax declarator
                && declarator.Parent?.Parent is FieldDeclarationSyntax field && IsConstantField(field) ? field.Parent as TypeDeclarationSyntax : null;

        /// <summary>How many fields of <paramref name="type"/>'s constant list there are, and the first and last.</summary>
        public static int ConstantList(TypeDeclarationSyntax type, out SyntaxNode? first, out SyntaxNode? last)
        {
            var count = 0;
            first = last = null;
            foreach (var member in type.Members)
            {
                if (!(member is FieldDeclarationSyntax field) || !IsConstantField(field)) continue;
                foreach (var declarator in field.Declaration.Variables)
                {
                    if (!(declarator.Initializer?.Value is LiteralExpressionSyntax literal) || !IsWrittenRtl(literal.Token.Text)) continue;
                    count++;
                    first ??= literal;
                    last = literal;
                }
            }
            return count;
        }

        private static bool IsConstantField(FieldDeclarationSyntax field)
        {
            bool isConst = false, isStatic = false, isReadOnly = false;
            foreach (var modifier in field.Modifiers)
            {
                isConst |= modifier.IsKind(SyntaxKind.ConstKeyword);
                isStatic |= modifier.IsKind(SyntaxKind.StaticKeyword);
                isReadOnly |= modifier.IsKind(SyntaxKind.ReadOnlyKeyword);
            }
            return isConst || (isStatic && isReadOnly);
        }

        public static bool HasWrittenRtlText(InterpolatedStringExpressionSyntax interpolated)
        {
            foreach (var content in interpolated.Contents)
                if (content is InterpolatedStringTextSyntax text && IsWrittenRtl(text.TextToken.Text)) return true;
            return false;
        }

        /// <summary>The source text (not the value) has a right-to-left letter: "\u06A9" has none.</summary>
        public static bool IsWrittenRtl(string sourceText) => !TextChecks.IsAscii(sourceText) && RtlLetters.ContainsRtlLetter(sourceText);

        /// <summary>Where the table diagnostic goes: the whole creation (<c>new List&lt;string&gt; { … }</c>), else the table.</summary>
        public static Location ReportedLocation(SyntaxNode table)
        {
            if (!(table is TypeDeclarationSyntax type)) return ReportedNode(table).GetLocation();
            // A constant list: from its first field to its last.
            ConstantList(type, out var first, out var last);
            var start = first!.FirstAncestorOrSelf<FieldDeclarationSyntax>()!.SpanStart;
            return Location.Create(type.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, last!.FirstAncestorOrSelf<FieldDeclarationSyntax>()!.Span.End));
        }

        private static SyntaxNode ReportedNode(SyntaxNode table) =>
            table.IsKind(SyntaxKind.ArrayInitializerExpression) || table.IsKind(SyntaxKind.CollectionInitializerExpression)
                ? (table.Parent is ExpressionSyntax creation && !(table.Parent is InitializerExpressionSyntax) && !(table.Parent is AssignmentExpressionSyntax) ? creation : table)
                : table;
    }
}
