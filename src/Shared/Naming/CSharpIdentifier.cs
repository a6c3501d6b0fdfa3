using System;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Naming
{
    /// <summary>Turns file names, folder names and resource keys into valid C# identifiers.</summary>
    internal static class CSharpIdentifier
    {
        /// <summary>
        /// A valid identifier made from <paramref name="name"/>: characters C# does not allow become '_', a name that
        /// starts with a digit gets a leading '_', and a keyword gets a leading '@'. Arabic and Persian letters are
        /// valid identifier characters and are kept.
        /// </summary>
        public static string From(string name)
        {
            var result = Sanitize(name);
            return IsKeyword(result) ? "@" + result : result;
        }

        /// <summary>
        /// <see cref="From"/> without the '@' for keywords: identifier characters only. For names that are checked
        /// for keywords by their own rule (class names are renamed, see <see cref="ClassNames"/>).
        /// </summary>
        public static string Sanitize(string name)
        {
            if (name.Length == 0) return "__";
            var builder = new StringBuilder(Math.Min(name.Length, MaxUtf8Length) + 1);
            var utf8Length = 0;
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                var valid = builder.Length == 0 ? SyntaxFacts.IsIdentifierStartCharacter(c) : SyntaxFacts.IsIdentifierPartCharacter(c);
                if (!valid && builder.Length == 0 && SyntaxFacts.IsIdentifierPartCharacter(c))
                {
                    builder.Append('_'); // digits and combining marks may not start an identifier
                    valid = true;
                }
                // Formatting characters (ZWNJ, bidi controls) are legal but invisible; they would make names that
                // look equal and differ, so they are dropped.
                if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) continue;
                if (utf8Length + Utf8Length(c) > MaxUtf8Length) break;
                utf8Length += Utf8Length(c);
                builder.Append(valid ? c : '_');
            }
            // A lone '_' is the discard: a member named _ turns every 'out _' in the class into an error (CS1657).
            if (builder.Length == 0 || (builder.Length == 1 && builder[0] == '_')) return "__";
            // Most keys are identifiers already: the name itself, not an equal copy (a generator run keeps every
            // member's name beside its key).
            return SameText(builder, name) ? name : builder.ToString();
        }

        private static bool SameText(StringBuilder builder, string name)
        {
            if (builder.Length != name.Length) return false;
            for (var i = 0; i < name.Length; i++)
            {
                if (builder[i] != name[i]) return false;
            }
            return true;
        }

        /// <summary>
        /// Metadata names are limited to 1023 UTF-8 bytes (CS7013), and a property's getter adds "get_"; a longer
        /// key (a sentence used as its own key) is cut here, and a name that collides after the cut is renamed by
        /// the caller like any other collision.
        /// </summary>
        internal const int MaxUtf8Length = 480;

        // A surrogate half counts 2: the pair is 4 bytes in UTF-8.
        private static int Utf8Length(char c) => c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;

        /// <summary>True when <paramref name="name"/> is usable as it is.</summary>
        public static bool IsValid(string name) => name.Length > 0 && From(name) == name;

        public static bool IsKeyword(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.VarKeyword;

        /// <summary>A dotted namespace made of valid identifiers (empty segments are dropped).</summary>
        public static string Namespace(string dotted)
        {
            var builder = new StringBuilder();
            foreach (var segment in dotted.Split('.', '/', '\\'))
            {
                if (segment.Trim().Length == 0) continue;
                if (builder.Length > 0) builder.Append('.');
                builder.Append(From(segment.Trim()));
            }
            return builder.ToString();
        }
    }
}
