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
    /// Decides the members of one message class, one key at a time, in the order keys are added: the checks that
    /// compare cultures (missing and extra keys, placeholders that differ), the signature, each culture's text with
    /// its dates resolved, which text serves each culture, and member and parameter names (unique, never colliding
    /// with what the emitter writes).
    /// </summary>
    internal sealed class MessageMemberBuilder
    {
        private readonly List<ResxFileModel> _files;
        private readonly List<ClassFile> _classFiles;
        private readonly ResxFileModel? _neutral;
        private readonly DateFormatBuilder? _dates;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly MemberNames _memberNames;
        private readonly List<Dictionary<string, ResxMessage>> _byKey;
        private readonly Dictionary<string, int> _fileOfCulture = new Dictionary<string, int>(StringComparer.Ordinal);
        // Per key, reused: the files that have it and, per file, the index of its text (-1: none).
        private readonly List<(int File, ResxMessage Message)> _present = new List<(int File, ResxMessage Message)>();
        private readonly int[] _implByFile;
        private readonly SortedSet<string> _pluralRuleSets = new SortedSet<string>(StringComparer.Ordinal);
        private readonly string _className;

        /// <param name="files">One file per culture, the neutral file (if any) first.</param>
        /// <param name="classFiles">The same files as the class serves them.</param>
        /// <param name="dates">Resolves date arguments per file; null when the class has none.</param>
        /// <param name="diagnostics">Where the checks' diagnostics are added.</param>
        /// <param name="designerShape">True when the class has the designer shape, whose own members keys may not take.</param>
        public MessageMemberBuilder(string className, List<ResxFileModel> files, List<ClassFile> classFiles, DateFormatBuilder? dates, List<DiagnosticInfo> diagnostics,
            bool designerShape = false)
        {
            _className = className;
            _files = files;
            _classFiles = classFiles;
            _neutral = files[0].Item.Culture is null ? files[0] : null;
            _dates = dates;
            _diagnostics = diagnostics;
            _memberNames = new MemberNames(className, designerShape);
            // Per file, key → its first message: a lookup per key and file instead of a scan (1,000 keys × 3 files
            // scanned 1,000 messages each: the builder's main cost on large classes).
            _byKey = files.Select(f =>
            {
                var map = new Dictionary<string, ResxMessage>(f.Messages.Count, StringComparer.Ordinal);
                foreach (var m in f.Messages) if (!map.ContainsKey(m.Key)) map[m.Key] = m;
                return map;
            }).ToList();
            for (var i = 0; i < files.Count; i++) if (files[i].Item.Culture is { } culture) _fileOfCulture[culture] = i;
            _implByFile = new int[files.Count];
        }

        public List<ClassMember> Members { get; } = new List<ClassMember>();

        /// <summary>The class's member names so far (the designer shape names its Format methods after every key).</summary>
        public MemberNames Names => _memberNames;

        /// <summary>The plural rule sets the members' plurals use.</summary>
        public IEnumerable<string> PluralRuleSets => _pluralRuleSets;

        /// <summary>The month and weekday name arrays the resolved dates refer to.</summary>
        public EquatableArray<DateNames> DateNames() => _dates?.Names() ?? EquatableArray<DateNames>.Empty;

        /// <summary>Adds the member of <paramref name="key"/>, which at least one file has.</summary>
        public void Add(string key)
        {
            var present = _present;
            present.Clear();
            for (var i = 0; i < _files.Count; i++)
            {
                if (_byKey[i].TryGetValue(key, out var m)) present.Add((i, m));
            }
            var source = present[0];
            foreach (var p in present)
            {
                if (!p.Message.Valid) continue;
                source = p;
                break;
            }

            ReportMissing(key, present);
            // The signature comes from the neutral file (or the first culture that has a valid message).
            var signature = source.Message.Placeholders;
            var (impls, showsTime) = Implementations(key, present, source.File, signature);
            var routes = Routes(impls);

            var (name, renamedBecause) = _memberNames.Add(key);
            if (renamedBecause is not null)
            {
                _diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MemberRenamed, source.Message.DataLocation, key, CSharpIdentifier.From(key), renamedBecause, name));
            }
            var hasDate = false;
            foreach (var p in signature) hasDate |= p.Kind == PlaceholderKind.Date;
            Members.Add(new ClassMember(key, name, Parameters(signature, name), impls.ToEquatableArray(), new EquatableArray<MemberRoute>(routes), hasDate && !showsTime));
        }

        /// <summary>LC1022 for each file without the key; LC1023 when the neutral file lacks it.</summary>
        private void ReportMissing(string key, List<(int File, ResxMessage Message)> present)
        {
            for (var fi = 0; fi < _files.Count; fi++)
            {
                if (_byKey[fi].ContainsKey(key)) continue;
                var anchor = present[0].Message.DataLocation;
                _diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MissingTranslation, anchor, key, _files[fi].FileName));
            }
            if (_neutral is not null && present[0].File != 0)
            {
                var first = present[0];
                _diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.NotInNeutral, first.Message.DataLocation, key, _files[first.File].FileName, _neutral.FileName));
            }
        }

        /// <summary>
        /// The texts the member can use, one per file whose placeholders fit the signature (LC1024 for those that
        /// differ), with dates resolved for the file's cultures; which text is each file's own (in
        /// <see cref="_implByFile"/>); whether any shows a time.
        /// </summary>
        private (List<MemberImpl> Impls, bool ShowsTime) Implementations(
            string key, List<(int File, ResxMessage Message)> present, int sourceFile, EquatableArray<Placeholder> signature)
        {
            var impls = new List<MemberImpl>(present.Count);
            var implByFile = _implByFile;
            for (var i = 0; i < implByFile.Length; i++) implByFile[i] = -1;
            var showsTime = false;
            foreach (var (file, message) in present)
            {
                var usable = true;
                if (message.Valid && file != sourceFile && !SamePlaceholders(message.Placeholders, signature))
                {
                    usable = Compatible(message.Placeholders, signature, message.Dialect == MessageDialect.DotNet);
                    _diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.PlaceholderMismatch, message.ValueLocation, key, _files[file].FileName,
                        Describe(message.Placeholders), Describe(signature),
                        usable ? "" : "; this culture uses the " + _files[sourceFile].FileName + " text instead"));
                }
                if (!usable) continue;
                implByFile[file] = impls.Count;
                showsTime |= _dates is not null && MessageParts.ShowsTime(message.Parts);
                impls.Add(new MemberImpl(file, message.Value, _dates is null || message.Parts.IsDefault ? message.Parts : _dates.Resolve(message.Parts, _classFiles[file])));
                // Compact numbers pick their pattern by the plural category of the number shown (3 آلاف, 11 ألف).
                var plural = MessageParts.UsesPlural(message.Parts) || MessageParts.UsesCompact(message.Parts, LocaleData.Compact.Short) || MessageParts.UsesCompact(message.Parts, LocaleData.Compact.Long);
                if (plural && _classFiles[file].PluralRuleSet is { } rs) _pluralRuleSets.Add(rs);
            }
            return (impls, showsTime);
        }

        /// <summary>
        /// Which text serves each file: its own, else its parent culture's (fa-IR → fa), else the neutral file's,
        /// else the first file that has the key.
        /// </summary>
        private MemberRoute[] Routes(List<MemberImpl> impls)
        {
            var routes = new MemberRoute[_files.Count];
            for (var r = 0; r < _files.Count; r++)
            {
                var served = -1;
                for (var tag = _files[r].Item.Culture; tag is not null && served < 0; tag = ParentTag(tag))
                {
                    if (_fileOfCulture.TryGetValue(tag, out var candidate)) served = _implByFile[candidate];
                }
                if (served < 0 && _neutral is not null) served = _implByFile[0];
                if (served < 0) served = 0;
                routes[r] = new MemberRoute(served, _classFiles[impls[served].File].Language == _classFiles[r].Language);
            }
            return routes;
        }

        private EquatableArray<MemberParameter> Parameters(EquatableArray<Placeholder> placeholders, string memberName)
        {
            if (placeholders.Count == 0) return EquatableArray<MemberParameter>.Empty; // most members: a property
            var result = new List<MemberParameter>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in placeholders)
            {
                var id = p.IsPositional ? "arg" + p.Name : CSharpIdentifier.From(p.Name);
                if (id.StartsWith("__", StringComparison.Ordinal)) id = "p" + id; // the generated code's locals start with __
                var unique = id;
                for (var n = 2; !used.Add(unique.TrimStart('@')); n++) unique = id.TrimStart('@') + "_" + n;
                var type = TypeOf(p);
                string? typeParameter = null;
                if (type == ParameterType.Formattable)
                {
                    // A type parameter named like its method or a containing type is CS0694; __LC names are the generator's own.
                    typeParameter = "TArg" + p.Name;
                    if (typeParameter == memberName.TrimStart('@') || typeParameter == _className || typeParameter == "Variant") typeParameter = "__LCTArg" + p.Name;
                }
                result.Add(new MemberParameter(p.Name, unique, p.Kind, type, typeParameter, p.Format is null ? null : FormatMeaning(p.Format)));
            }
            return result.ToEquatableArray();
        }

        private static ParameterType TypeOf(Placeholder p) => p.Kind switch
        {
            PlaceholderKind.Number => ParameterType.Decimal,
            PlaceholderKind.Date => ParameterType.DateTime,
            PlaceholderKind.Text when p.IsPositional => ParameterType.Object,
            PlaceholderKind.Formatted => ParameterType.Formattable,
            _ => ParameterType.String,
        };

        /// <summary>A format string is the translator's to choose ({0:N2} in one culture, {0} in another): not a difference.</summary>
        private static bool SamePlaceholders(EquatableArray<Placeholder> a, EquatableArray<Placeholder> b)
        {
            if (a.Count != b.Count) return false;
            foreach (var p in a)
            {
                var found = false;
                foreach (var q in b) found |= q.Name == p.Name && Loose(q.Kind) == Loose(p.Kind);
                if (!found) return false;
            }
            return true;
        }

        private static PlaceholderKind Loose(PlaceholderKind kind) => kind == PlaceholderKind.Formatted ? PlaceholderKind.Text : kind;

        /// <summary>
        /// A culture's message can be filled from the signature's parameters when every name it uses is a parameter
        /// and it does not need a number from a string parameter: a decimal can be shown as text and selected on (by
        /// its invariant text), a string cannot be counted. A .NET format item takes any parameter (it formats an
        /// object as string.Format does); an ICU count or date needs a decimal or a DateTime, so a .NET text's
        /// object or IFormattable parameter cannot feed an ICU plural of another culture (LC1024, that text is used).
        /// </summary>
        private static bool Compatible(EquatableArray<Placeholder> message, EquatableArray<Placeholder> signature, bool dotNet) =>
            message.All(p => signature.Any(q => q.Name == p.Name && dotNet) || signature.Any(q => q.Name == p.Name
                && (q.Kind == PlaceholderKind.Date) == (p.Kind == PlaceholderKind.Date) // a DateTime is neither text nor a count
                && (q.Kind == PlaceholderKind.Number || p.Kind != PlaceholderKind.Number)));

        private static string Describe(EquatableArray<Placeholder> placeholders) =>
            placeholders.Count == 0 ? "none" : string.Join(", ", placeholders.Select(p => p.Describe()));

        /// <summary>What a .NET format string tells of its value, for the parameter's documentation: standard numeric
        /// formats (N2, C, X4) and custom ones made of 0 # . , % are numbers; custom date patterns (yyyy, HH:mm) dates.</summary>
        internal static string FormatMeaning(string format)
        {
            var f = format.Trim();
            if (f.Length >= 1 && "CcEeFfNnPpXxBb".IndexOf(f[0]) >= 0 && f.Length > 1 && f.Skip(1).All(char.IsDigit)) return "a number";
            if (f.Length == 1 && "CcEeNnPpXxBb".IndexOf(f[0]) >= 0) return "a number";
            if (f.Length >= 1 && "Dd".IndexOf(f[0]) >= 0 && f.Length > 1 && f.Skip(1).All(char.IsDigit)) return "an integer";
            if (f.Length == 1) return "a number or a date and time";
            if (f.All(c => "0#.,%\u2030;Ee+- '\"".IndexOf(c) >= 0)) return "a number";
            if (f.Any(c => "yMdHhmsfFtzKg".IndexOf(c) >= 0)) return "a date or time";
            return "a formattable value";
        }

        private static string? ParentTag(string tag)
        {
            var dash = tag.LastIndexOf('-');
            return dash < 0 ? null : tag.Substring(0, dash);
        }
    }
}
