using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LocalizedContent.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.CodeFixes.MoveToResource
{
    /// <summary>
    /// New resource keys: readable, valid C# identifiers (so the generated member has the key's own name) and unique
    /// among the member names the generator gives the set's existing keys.
    /// </summary>
    internal sealed class ResourceKeys
    {
        private readonly MemberNames _names;
        private readonly HashSet<string> _keys = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _members = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>
        /// <paramref name="existingKeys"/> are the keys of every culture file of the set, neutral file first; their
        /// member names are the generator's (<see cref="MemberNames"/>, in the same order).
        /// </summary>
        public ResourceKeys(string className, IEnumerable<string> existingKeys)
        {
            _names = new MemberNames(className);
            foreach (var key in existingKeys)
            {
                if (_keys.Add(key)) _members[key] = _names.Add(key).Name;
            }
        }

        /// <summary>The generated member of an existing key (the key itself for a new one).</summary>
        public string MemberOf(string key) => _members.TryGetValue(key, out var member) ? member : key;

        /// <summary>
        /// A new key made from <paramref name="wanted"/> (a valid identifier), with _2, _3 … while its member would be
        /// renamed; it is taken from then on, so its member is the key itself.
        /// </summary>
        public string Allocate(string wanted)
        {
            var key = wanted;
            for (var n = 2; _keys.Contains(key) || !_names.IsFree(key); n++) key = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _keys.Add(key);
            _members[key] = _names.Add(key).Name;
            return key;
        }

        /// <summary>
        /// The key a literal asks for: the enclosing member's name, then the name the value is stored in when that
        /// differs (a variable, property, field, assigned member or named argument), then up to three Latin words of
        /// the text, joined by '_' in PascalCase. Without any of these, "Text".
        /// </summary>
        public static string Derive(SyntaxNode literal, string text)
        {
            var parts = new List<string>();
            var member = MemberName(literal);
            if (member != null) parts.Add(Pascal(member));
            var target = TargetName(literal);
            if (target != null && (parts.Count == 0 || Pascal(target) != parts[0])) parts.Add(Pascal(target));
            parts.AddRange(LatinWords(text).Take(3).Select(Pascal));
            parts.RemoveAll(p => p.Length == 0);
            var key = parts.Count == 0 ? "Text" : string.Join("_", parts);
            key = CSharpIdentifier.From(key).TrimStart('@');
            return CSharpIdentifier.IsKeyword(key) ? key + "_Text" : key;
        }

        private static string? MemberName(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case LocalFunctionStatementSyntax f: return f.Identifier.ValueText;
                    case MethodDeclarationSyntax m: return m.Identifier.ValueText;
                    case PropertyDeclarationSyntax p: return p.Identifier.ValueText;
                    case EventDeclarationSyntax e: return e.Identifier.ValueText;
                    case IndexerDeclarationSyntax _: return "Item";
                    case ConstructorDeclarationSyntax c: return c.Identifier.ValueText;
                    case BaseFieldDeclarationSyntax f when f.Declaration.Variables.Count > 0:
                        return f.Declaration.Variables.First(v => v.Span.Contains(node.Span) || v == f.Declaration.Variables.Last()).Identifier.ValueText;
                    case EnumMemberDeclarationSyntax e: return e.Identifier.ValueText;
                    case BaseTypeDeclarationSyntax t: return t.Identifier.ValueText;
                    case GlobalStatementSyntax _: return null; // top-level statements: the stored name or the text decides
                }
            }
            return null;
        }

        private static string? TargetName(SyntaxNode literal)
        {
            var node = literal;
            while (node.Parent is ParenthesizedExpressionSyntax) node = node.Parent;
            switch (node.Parent)
            {
                case EqualsValueClauseSyntax equals when equals.Parent is VariableDeclaratorSyntax v: return v.Identifier.ValueText;
                case EqualsValueClauseSyntax equals when equals.Parent is PropertyDeclarationSyntax p: return p.Identifier.ValueText;
                case AssignmentExpressionSyntax a when a.Right == node: return LastName(a.Left);
                case ArgumentSyntax arg when arg.NameColon != null: return arg.NameColon.Name.Identifier.ValueText;
                case NameEqualsSyntax n: return n.Name.Identifier.ValueText;
            }
            return null;
        }

        private static string? LastName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax b => b.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>Runs of ASCII letters and digits (placeholder names excluded by the caller's text).</summary>
        private static IEnumerable<string> LatinWords(string text)
        {
            var word = new StringBuilder();
            foreach (var c in text + " ")
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    word.Append(c);
                    continue;
                }
                if (word.Length > 0 && char.IsLetter(word[0])) yield return word.ToString();
                word.Clear();
            }
        }

        private static string Pascal(string name)
        {
            name = name.TrimStart('@', '_');
            return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
        }
    }
}
