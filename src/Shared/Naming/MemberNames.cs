using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalizedContent.Naming
{
    /// <summary>
    /// The member names of a message class: one per resource key, a valid identifier made from the key, and renamed
    /// (Key_2, Key_3 …) when it is the class's own name (CS0542), a member every message class has, a name the
    /// generated helpers use (they start with "__LC"), or an earlier key's member. Keys are named in order (neutral
    /// file first), so the generator and the Move to resource fix give every key the same member. A class of the
    /// designer shape also reserves <see cref="ClassNames.DesignerShapeMembers"/> and, after every key is named,
    /// names each formatting method "Format" + its key's member (<see cref="AddFormat"/>): keys keep their members,
    /// which existing call sites use, and a method that would collide is the one renamed.
    /// </summary>
    internal sealed class MemberNames
    {
        /// <summary>Names every generated message class has: its own members (For, Variant) and object's.</summary>
        private static readonly HashSet<string> Reserved = new HashSet<string>(
            new[] { "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize" }
                .Concat(ClassNames.Members(ClassKind.Messages)),
            StringComparer.Ordinal);

        private readonly string _className;
        private readonly bool _designerShape;
        private readonly Dictionary<string, string> _keyOfName = new Dictionary<string, string>(StringComparer.Ordinal);

        public MemberNames(string className, bool designerShape = false)
        {
            _className = className.TrimStart('@');
            _designerShape = designerShape;
        }

        /// <summary>
        /// The designer shape's formatting method for the key whose member is <paramref name="member"/> ("Format" +
        /// the member, which the string.Format code fix looks for), and why it is not that name (null when it is).
        /// </summary>
        public (string Name, string? Reason) AddFormat(string key, string member)
        {
            var bare = "Format" + member.TrimStart('@');
            var reason = ReasonTaken(bare);
            var name = bare;
            for (var n = 2; reason is not null && IsTaken(name); n++) name = bare + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _keyOfName[name] = key;
            return (name, reason);
        }

        /// <summary>The member for <paramref name="key"/>, and why it is not the key's own identifier (null when it is).</summary>
        public (string Name, string? Reason) Add(string key)
        {
            var wanted = CSharpIdentifier.From(key);
            var bare = wanted.TrimStart('@');
            var reason = ReasonTaken(bare);
            var name = wanted;
            if (reason is not null)
            {
                // Key_2, Key_3 … (a helper's "__LC" prefix stays: the helpers' names never end in _N).
                var n = 2;
                while (IsTaken(bare + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))) n++;
                name = bare + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            _keyOfName[name.TrimStart('@')] = key;
            return (name, reason);
        }

        /// <summary>True when <paramref name="name"/> (a valid identifier) would be a member of its own.</summary>
        public bool IsFree(string name) => ReasonTaken(name.TrimStart('@')) is null;

        private bool IsTaken(string bare) => bare == _className || Reserved.Contains(bare) || IsDesignerMember(bare) || _keyOfName.ContainsKey(bare);

        private bool IsDesignerMember(string bare) => _designerShape && ClassNames.DesignerShapeMembers.Contains(bare);

        private string? ReasonTaken(string bare)
        {
            if (bare == _className) return "is the class's own name";
            if (Reserved.Contains(bare)) return "is a member every generated message class has";
            if (IsDesignerMember(bare)) return "is a member the designer shape adds (ResourceManager, Culture)";
            if (bare.StartsWith("__LC", StringComparison.Ordinal)) return "starts with __LC, which generated helpers use";
            if (_keyOfName.TryGetValue(bare, out var other)) return "is already the name of key '" + other + "'";
            return null;
        }
    }
}
