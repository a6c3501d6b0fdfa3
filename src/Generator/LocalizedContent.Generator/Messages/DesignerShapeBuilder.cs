using System;
using System.Collections.Generic;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.Messages.Model;
using LocalizedContent.Naming;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// The Shape option (metadata Shape / property LocalizedContentShape): read per file by the parser, decided per
    /// class from the neutral file (a culture file that sets another value is LC1033), and, for the designer shape,
    /// the raw text each culture's property returns and the names of the Format methods.
    /// </summary>
    internal static class DesignerShapeBuilder
    {
        public const string OptionName = "Shape (LocalizedContentShape)";

        /// <summary>The file's own setting, or null when it sets none or an unknown value (LC1030).</summary>
        public static MessageShape? ParseOption(LocalizedItem item, List<DiagnosticInfo> diagnostics)
        {
            switch (item.Options.Shape?.Trim().ToLowerInvariant())
            {
                case null: case "": return null;
                case "default": return MessageShape.Default;
                case "designer": return MessageShape.Designer;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidOption, LocationInfo.FileStart(item.FilePath), item.Options.Shape!,
                        OptionName, System.IO.Path.GetFileName(item.FilePath), "default or designer"));
                    return null;
            }
        }

        /// <summary>The class's shape: the neutral file's (else the first culture's), as the class builder orders files.</summary>
        public static MessageShape Of(IEnumerable<ResxFileModel> files) =>
            Deciding(files).Shape ?? MessageShape.Default;

        /// <summary>LC1033 at each file that sets a shape other than the class's.</summary>
        public static void ReportConflicts(IEnumerable<ResxFileModel> files, List<DiagnosticInfo> diagnostics)
        {
            var deciding = Deciding(files);
            var shape = deciding.Shape ?? MessageShape.Default;
            foreach (var f in files)
            {
                if (f.Shape is not { } own || own == shape) continue;
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.ClassOptionConflict, LocationInfo.FileStart(f.Item.FilePath),
                    f.FileName, OptionName, Name(own), f.Item.ClassName, deciding.FileName, Name(shape)));
            }
        }

        /// <summary>
        /// The designer surface of a class whose key members are built: each key's Format method (when it has
        /// arguments, named after every key so keys keep their members) and the raw text each file serves.
        /// </summary>
        public static DesignerShapeModel Build(List<ResxFileModel> files, IReadOnlyList<ClassMember> members, MemberNames names, List<DiagnosticInfo> diagnostics)
        {
            var byKey = files.Select(f =>
            {
                var map = new Dictionary<string, ResxMessage>(StringComparer.Ordinal);
                foreach (var m in f.Messages) if (!map.ContainsKey(m.Key)) map[m.Key] = m;
                return map;
            }).ToList();
            var result = new List<DesignerMember>(members.Count);
            foreach (var member in members)
            {
                string? formatName = null;
                if (member.IsMethod)
                {
                    var (name, reason) = names.AddFormat(member.Key, member.Name);
                    formatName = name;
                    if (reason is not null)
                    {
                        var location = byKey.First(k => k.ContainsKey(member.Key))[member.Key].DataLocation;
                        diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MemberRenamed, location, member.Key, "Format" + member.Name.TrimStart('@'), reason, name));
                    }
                }
                var texts = new List<string>();
                var textByFile = new List<int>();
                for (var r = 0; r < files.Count; r++)
                {
                    var text = RawText(files, byKey, r, member.Key);
                    var index = texts.IndexOf(text);
                    if (index < 0)
                    {
                        index = texts.Count;
                        texts.Add(text);
                    }
                    textByFile.Add(index);
                }
                result.Add(new DesignerMember(formatName, texts.ToEquatableArray(), textByFile.ToEquatableArray()));
            }
            var first = files[0].Item;
            return new DesignerShapeModel(ManifestBaseName(first), result.ToEquatableArray());
        }

        /// <summary>
        /// What ResourceManager.GetString returns for the key in file <paramref name="file"/>'s culture: its own
        /// value, else its parent culture's (fa-IR → fa), else the neutral file's; the first file that has the key
        /// when there is no neutral value (a ResourceManager would return null; the property returns text). Unlike
        /// the typed methods, a value whose placeholders differ from the neutral text's is still its culture's text.
        /// </summary>
        private static string RawText(List<ResxFileModel> files, List<Dictionary<string, ResxMessage>> byKey, int file, string key)
        {
            for (var tag = files[file].Item.Culture; tag is not null; tag = ParentTag(tag))
            {
                var candidate = files.FindIndex(f => f.Item.Culture == tag);
                if (candidate >= 0 && byKey[candidate].TryGetValue(key, out var own)) return own.Value;
            }
            var neutral = files.FindIndex(f => f.Item.Culture is null);
            if (neutral >= 0 && byKey[neutral].TryGetValue(key, out var fallback)) return fallback.Value;
            return byKey.First(k => k.ContainsKey(key))[key].Value;
        }

        /// <summary>
        /// The SDK's default manifest name of an EmbeddedResource .resx without a Designer file beside it: root
        /// namespace + folders (the item's namespace, as keyword folders are written there with '@', which the SDK
        /// does not add) + the file's base name.
        /// </summary>
        private static string ManifestBaseName(LocalizedItem item)
        {
            var ns = string.Join(".", item.Namespace.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimStart('@')));
            return ns.Length == 0 ? item.BaseName : ns + "." + item.BaseName;
        }

        private static ResxFileModel Deciding(IEnumerable<ResxFileModel> files) =>
            files.OrderBy(f => f.Item.Culture is null ? 0 : 1).ThenBy(f => f.Item.Culture, StringComparer.Ordinal).ThenBy(f => f.Item.FilePath, StringComparer.Ordinal).First();

        private static string Name(MessageShape shape) => shape == MessageShape.Designer ? "designer" : "default";

        private static string? ParentTag(string tag)
        {
            var dash = tag.LastIndexOf('-');
            return dash < 0 ? null : tag.Substring(0, dash);
        }
    }
}
