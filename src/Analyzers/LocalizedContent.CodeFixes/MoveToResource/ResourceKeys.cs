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
        /// <summary>Names every generated message class has (MessageClassBuilder.Reserved).</summary>
        private static readonly HashSet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
        {
            "For", "Variant", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        private readonly string _className;
        private readonly HashSet<string> _used = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _members = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>
        /// <paramref name="existingKeys"/> are the keys of every culture file of the set, neutral file first; their
        /// member names are worked out the way the generator does (a key that is a reserved name becomes Key_2 …).
        /// </summary>
        public ResourceKeys(string className, IEnumerable<string> existingKeys)
        {
            _className = className;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in existingKeys)
            {
                if (!seen.Add(key)) continue;
                var wanted = CSharpIdentifier.From(key);
                var bare = wanted.TrimStart('@');
                if (IsFree(bare))
                {
                    _used.Add(bare);
                    _members[key] = wanted;
                    continue;
                }
                var n = 2;
                while (_used.Contains(bare + "_" + n) || bare + "_" + n == className) n++;
                _used.Add(bare + "_" + n);
                _members[key] = bare + "_" + n;
            }
        }

        private bool IsFree(string name) =>
            name != _className && !Reserved.Contains(name) && !name.StartsWith("__LC", StringComparison.Ordinal) && !_used.Contains(name);

        /// <summary>The generated member of an existing key (the key itself for a new one).</summary>
        public string MemberOf(string key) => _members.TryGetValue(key, out var member) ? member : key;

        /// <summary>A new key made from <paramref name="wanted"/>, with _2, _3 … when taken; it is taken from then on.</summary>
        public string Allocate(string wanted)
        {
            var key = wanted;
            for (var n = 2; !IsFree(key); n++) key = wanted + "_" + n;
            _used.Add(key);
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
