using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LocalizedContent.Naming;
using LocalizedContent.ResxFormat;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// The keys of one generated message class, read from its LocalizedContent .resx files as the generator reads them
    /// (<see cref="ResxFile"/>): the neutral file's keys are the ones a localizer finds, and every key of every culture
    /// file, neutral file first, names a member (<see cref="MemberNames"/>, in the generator's order).
    /// </summary>
    internal sealed class ResourceKeySet
    {
        private readonly List<string> _allKeys;
        private readonly HashSet<string> _keys;
        private Dictionary<string, string>? _members;
        private Dictionary<string, string>? _designerMembers;

        public ResourceKeySet(string className, string fullName, List<string> allKeys, HashSet<string> keys)
        {
            ClassName = className;
            FullName = fullName;
            _allKeys = allKeys;
            _keys = keys;
        }

        /// <summary>The generated class's name, without namespace.</summary>
        public string ClassName { get; }

        /// <summary>Namespace + "." + class name, or the class name in the global namespace.</summary>
        public string FullName { get; }

        /// <summary>The keys of the neutral file (of every file when the set has none).</summary>
        public IReadOnlyCollection<string> Keys => _keys;

        public bool Contains(string key) => _keys.Contains(key);

        /// <summary>The generated member of <paramref name="key"/> (a class of the designer shape reserves more names).</summary>
        public string? MemberOf(string key, bool designerShape)
        {
            var members = designerShape
                ? LazyInitializer.EnsureInitialized(ref _designerMembers, () => Name(true))
                : LazyInitializer.EnsureInitialized(ref _members, () => Name(false));
            return members!.TryGetValue(key, out var member) ? member.TrimStart('@') : null;
        }

        private Dictionary<string, string> Name(bool designerShape)
        {
            var names = new MemberNames(ClassName, designerShape);
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in _allKeys) members[key] = names.Add(key).Name;
            return members;
        }

        /// <summary>The key of <paramref name="keys"/> nearest <paramref name="key"/> by edit distance (a letter's case
        /// counts less), when it is close enough to be a typo; null otherwise.</summary>
        public string? Nearest(string key)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            var limit = Math.Max(1, Math.Min(3, key.Length / 3));
            foreach (var candidate in _keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (Math.Abs(candidate.Length - key.Length) > limit) continue;
                var distance = string.Equals(candidate, key, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(key, candidate);
                if (distance <= limit && distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /// <summary>Levenshtein distance with a case-insensitive comparison of letters (optimal string alignment:
        /// two swapped letters count one).</summary>
        private static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
            return d[a.Length, b.Length];
        }
    }

    /// <summary>
    /// The project's LocalizedContent .resx files grouped into the message classes the generator makes of them, by
    /// the class's full name: <see cref="ItemNames"/> for each file and <see cref="ClassNames"/> for each class,
    /// decided from the namespaces of all LocalizedContent items (as the generator and the Move to resource fix do).
    /// </summary>
    internal static class ResourceKeySets
    {
        public static Dictionary<string, ResourceKeySet> Read(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            var namespaces = new List<string>();
            var files = new List<(AdditionalText Text, ItemName Name)>();
            foreach (var text in options.AdditionalFiles)
            {
                var fileOptions = provider.GetOptions(text);
                if (!ProjectOptions.IsLocalizedContent(fileOptions)) continue;
                var name = ItemNames.Read(text.Path, fileOptions, provider.GlobalOptions);
                namespaces.Add(name.Namespace);
                if (text.Path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase)) files.Add((text, name));
            }
            var result = new Dictionary<string, ResourceKeySet>(StringComparer.Ordinal);
            if (files.Count == 0) return result;
            var classes = ClassNames.Decide(ClassKind.Messages, files.Select(f => (f.Name.Namespace, f.Name.ClassName)),
                ClassNames.Declared(namespaces), Array.Empty<string>());
            var sets = files
                .GroupBy(f => classes[f.Name.ClassKey].Key, StringComparer.Ordinal)
                .Select(g => (Key: g.Key, ClassName: classes[g.First().Name.ClassKey].Name,
                    Files: g.OrderBy(f => f.Name.Culture == null ? 0 : 1).ThenBy(f => f.Name.Culture, StringComparer.Ordinal)
                        .ThenBy(f => f.Text.Path, StringComparer.Ordinal).ToList()));
            foreach (var (key, className, setFiles) in sets)
            {
                var allKeys = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var neutral = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (text, name) in setFiles)
                {
                    var source = text.GetText(cancellationToken);
                    if (source == null) continue;
                    foreach (var data in ResxFile.Read(source).Entries)
                    {
                        if (data.Name is not { Length: > 0 } dataName || !data.IsString) continue;
                        if (name.Culture == null) neutral.Add(dataName);
                        if (seen.Add(dataName)) allKeys.Add(dataName);
                    }
                }
                var hasNeutral = setFiles.Any(f => f.Name.Culture == null);
                result[key] = new ResourceKeySet(className, key, allKeys, hasNeutral ? neutral : seen);
            }
            return result;
        }
    }
}
