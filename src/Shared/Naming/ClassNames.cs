using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalizedContent.Naming
{
    /// <summary>The two kinds of generated class: a document (.txt) or a message class (.resx).</summary>
    internal enum ClassKind
    {
        Document,
        Messages,
    }

    /// <summary>The name a class is generated with, and why it differs from the name its files ask for.</summary>
    internal sealed class ClassName
    {
        public ClassName(string @namespace, string name, IReadOnlyList<NamingProblem> problems)
        {
            Namespace = @namespace;
            Name = name;
            Problems = problems;
        }

        public string Namespace { get; }
        public string Name { get; }
        public string Key => ClassNames.Key(Namespace, Name);
        public IReadOnlyList<NamingProblem> Problems { get; }
    }

    /// <summary>
    /// Which names a generated class can have. A name is renamed (name + "Document" or "Messages", then a number
    /// while taken) when it is a C# keyword (a class @string would shadow string in a reader's mind, and C# rejects
    /// file, required, scoped and extension as type names even with '@': CS9056, CS9029, CS9062, CS9306; record
    /// warns, CS8860), a member the class itself declares (CS0542) or a private helper's prefix "__", a namespace the generator also
    /// fills (CS0101: Resources/Strings.resx beside Resources/Strings/Errors.resx), and for documents a message class of
    /// the same name (both would declare For and Variant). Every class is decided from the names of all
    /// LocalizedContent items alone, so the generator, both of its pipelines and the Move to resource fix agree.
    /// </summary>
    internal static class ClassNames
    {
        private static readonly string[] DocumentMembers = { "Title", "Paragraphs", "Text", "Current", "For", "Cultures", "Variants", "Variant" };
        private static readonly string[] MessageMembers = { "For", "Variant" };
        private static readonly string[] DesignerMembers = { "ResourceManager", "Culture" };

        public static string Key(string @namespace, string name) => @namespace.Length == 0 ? name : @namespace + "." + name;

        /// <summary>Members the generated class of <paramref name="kind"/> declares; its private ones start with "__".</summary>
        public static IReadOnlyList<string> Members(ClassKind kind) => kind == ClassKind.Document ? DocumentMembers : MessageMembers;

        /// <summary>
        /// What a message class of the designer shape (<c>Shape="designer"</c>) declares besides <see cref="Members"/>:
        /// the .resx Designer class's own statics. Only such classes reserve them, so a default-shape key or class
        /// named Culture keeps its name.
        /// </summary>
        public static IReadOnlyList<string> DesignerShapeMembers => DesignerMembers;

        /// <summary>Every namespace <paramref name="namespaces"/> declare, with the namespaces that contain them.</summary>
        public static HashSet<string> Declared(IEnumerable<string> namespaces)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ns in namespaces)
            {
                for (var n = ns; n.Length > 0 && result.Add(n); n = n.LastIndexOf('.') is var dot && dot > 0 ? n.Substring(0, dot) : "")
                {
                }
            }
            return result;
        }

        /// <summary>
        /// The generated names of the classes of one kind, by the key their files ask for.
        /// <paramref name="namespaces"/>: every namespace of every item (<see cref="Declared"/>);
        /// <paramref name="otherKind"/>: the keys of the classes of the other kind that this kind yields to (the
        /// message classes, for documents; none for messages, which never yield); <paramref name="designerShape"/>: the
        /// keys of the message classes generated in the designer shape, which also declare
        /// <see cref="DesignerShapeMembers"/>.
        /// </summary>
        public static Dictionary<string, ClassName> Decide(ClassKind kind, IEnumerable<(string Namespace, string Name)> classes,
            HashSet<string> namespaces, ICollection<string> otherKind, ICollection<string>? designerShape = null)
        {
            var wanted = classes.Distinct().OrderBy(c => Key(c.Namespace, c.Name), StringComparer.Ordinal).ToList();
            var taken = new HashSet<string>(wanted.Select(c => Key(c.Namespace, c.Name)), StringComparer.Ordinal);
            taken.UnionWith(otherKind);
            var result = new Dictionary<string, ClassName>(StringComparer.Ordinal);
            foreach (var (ns, name) in wanted)
            {
                var problems = new List<NamingProblem>();
                var designer = designerShape is not null && designerShape.Contains(Key(ns, name));
                var reason = Problem(kind, ns, name, namespaces, otherKind, designer);
                var final = name;
                if (reason is not null)
                {
                    final = Rename(kind, ns, name, namespaces, otherKind, taken, designer);
                    taken.Add(Key(ns, final));
                    problems.Add(new NamingProblem(reason.Value, Key(ns, name), final));
                }
                result[Key(ns, name)] = new ClassName(ns, final, problems);
            }
            return result;
        }

        private static NamingProblemKind? Problem(ClassKind kind, string ns, string name, HashSet<string> namespaces, ICollection<string> otherKind, bool designer)
        {
            if (IsKeyword(name)) return NamingProblemKind.KeywordClassName;
            if (name.StartsWith("__", StringComparison.Ordinal) || Members(kind).Contains(name) || (designer && DesignerMembers.Contains(name)))
            {
                return NamingProblemKind.ReservedClassName;
            }
            var key = Key(ns, name);
            if (namespaces.Contains(key)) return NamingProblemKind.ClassNameIsNamespace;
            if (otherKind.Contains(key)) return NamingProblemKind.SharedWithMessages;
            return null;
        }

        private static string Rename(ClassKind kind, string ns, string name, HashSet<string> namespaces, ICollection<string> otherKind, HashSet<string> taken, bool designer)
        {
            var suffix = kind == ClassKind.Document ? "Document" : "Messages";
            // A helper's prefix stays in front, so the suffix goes first there ("Document__x").
            var stem = name.StartsWith("__", StringComparison.Ordinal) ? suffix + name : name + suffix;
            var candidate = stem;
            for (var n = 2; taken.Contains(Key(ns, candidate)) || Problem(kind, ns, candidate, namespaces, otherKind, designer) is not null; n++)
            {
                candidate = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return candidate;
        }

        /// <summary>Contextual keywords C# does not allow (or warns about) as type names, including those of
        /// compilers newer than the one the generator is built against: it runs in the consumer's compiler.</summary>
        private static readonly HashSet<string> NotTypeNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "file", "required", "scoped", "extension", "record",
        };

        private static bool IsKeyword(string name) =>
            Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None || NotTypeNames.Contains(name);
    }
}
