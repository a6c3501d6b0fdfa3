using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;
using LocalizedContent.Naming;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Groups the parsed .resx files into classes (Strings.resx, Strings.ar.resx… → Strings) and does the checks
    /// that compare cultures: missing and extra keys, placeholders that differ. Decides member and parameter
    /// names (unique, never colliding with what the emitter writes) and which file serves each culture.
    /// </summary>
    internal static class MessageClassBuilder
    {
        /// <summary>
        /// The files of each class, by class key, with the name and hint name the class is generated with
        /// (<see cref="ClassNames"/>: decided from every LocalizedContent item's namespace). Holds only the (cached)
        /// file models, so an unchanged class's group compares equal by reference and its build step is skipped.
        /// </summary>
        public static ImmutableArray<MessageClassInput> Group(ImmutableArray<ResxFileModel> files, EquatableArray<string> itemNamespaces)
        {
            var groups = files.GroupBy(f => f.Item.ClassKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var names = ClassNames.Decide(ClassKind.Messages, groups.Select(g => (g.First().Item.Namespace, g.First().Item.ClassName)),
                ClassNames.Declared(itemNamespaces), Array.Empty<string>());
            var hintNames = HintNames.For(names.Values.Select(n => n.Key), ".Messages.g.cs");
            var result = ImmutableArray.CreateBuilder<MessageClassInput>();
            foreach (var group in groups)
            {
                var name = names[group.Key];
                var ordered = group.OrderBy(f => f.Item.FilePath, StringComparer.Ordinal).ToList();
                var renames = name.Problems.SelectMany(p => ordered.Select(f => NamingDiagnostics.Create(p, LocationInfo.FileStart(f.Item.FilePath))));
                result.Add(new MessageClassInput(group.Key, name.Name, hintNames[name.Key], ordered.ToEquatableArray(), renames.ToEquatableArray()));
            }
            return result.ToImmutable();
        }

        public static MessageClassResult Build(MessageClassInput group) => BuildClass(group);

        /// <summary>Every class at once (tests and tools that do not go through the incremental pipeline).</summary>
        public static ImmutableArray<MessageClassResult> Build(ImmutableArray<ResxFileModel> files) =>
            Group(files, files.Select(f => f.Item.Namespace).ToEquatableArray()).Select(Build).ToImmutableArray();

        private static MessageClassResult BuildClass(MessageClassInput group)
        {
            var input = group.Files.ToList();
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var f in input) diagnostics.AddRange(f.Diagnostics);
            diagnostics.AddRange(group.NamingDiagnostics);

            // One file per culture: neutral first, then cultures by name; a second file for a culture is LC1004.
            var files = new List<ResxFileModel>();
            foreach (var f in input.OrderBy(f => f.Item.Culture is null ? 0 : 1).ThenBy(f => f.Item.Culture, StringComparer.Ordinal))
            {
                var first = files.FirstOrDefault(x => x.Item.Culture == f.Item.Culture);
                if (first is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.DuplicateCulture, LocationInfo.FileStart(f.Item.FilePath),
                        first.FileName, f.FileName, f.Item.ClassName, f.Item.Culture ?? "neutral"));
                    continue;
                }
                files.Add(f);
            }
            var neutral = files[0].Item.Culture is null ? files[0] : null;
            var className = group.ClassName;

            // Numbering profiles, deduplicated; per file the runtime switch for cultures of its language.
            var profiles = new List<NumberingProfile>();
            int ProfileIndex(NumberingProfile p)
            {
                var i = profiles.IndexOf(p);
                if (i >= 0) return i;
                profiles.Add(p);
                return profiles.Count - 1;
            }
            // Dates add the calendar to the profile, chosen by the same switch (ar-SA → Umm al-Qura); a class without
            // dates keeps its switch and profiles as they were.
            var usesDates = files.Any(f => f.Messages.Any(m => UsesDates(m.Parts)));
            NumberingProfile Profile(ResxFileModel f, string tag)
            {
                var profile = NumberingSystems.Resolve(tag, f.Digits);
                return usesDates ? profile with { Calendar = f.Calendar ?? Calendars.DefaultFor(tag) } : profile;
            }
            var dates = usesDates ? new DateFormatBuilder() : null;
            var classFiles = new List<ClassFile>();
            foreach (var f in files)
            {
                var language = CultureTag.Language(f.Language);
                var cultureProfiles = new List<CultureProfile>();
                var tags = new[] { language }.Concat(NumberingSystems.RegionalTags(language));
                if (usesDates) tags = tags.Concat(Calendars.RegionalTags(language)).OrderBy(t => t == language ? 0 : 1).ThenBy(t => t, StringComparer.Ordinal);
                foreach (var tag in tags.Concat(new[] { f.NumberingTag }).Distinct(StringComparer.Ordinal))
                {
                    cultureProfiles.Add(new CultureProfile(tag, ProfileIndex(Profile(f, tag))));
                }
                var defaultProfile = ProfileIndex(Profile(f, f.NumberingTag));
                var calendars = new[] { profiles[defaultProfile].Calendar }.Concat(cultureProfiles.Select(cp => profiles[cp.Profile].Calendar)).Distinct().Select(c => (int)c).ToEquatableArray();
                classFiles.Add(new ClassFile(f.Item.Culture, f.FileName, language, defaultProfile,
                    cultureProfiles.ToEquatableArray(), f.Isolate, PluralRules.RuleSetFor(f.Language), calendars));
            }

            // Keys in first-seen order: the neutral file's order, then keys only cultures have.
            var keys = new List<string>();
            var seenKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in files) foreach (var m in f.Messages) if (seenKeys.Add(m.Key)) keys.Add(m.Key);

            // Per file, key → its first message: a lookup per key and file instead of a scan (1,000 keys × 3 files
            // scanned 1,000 messages each: the builder's main cost on large classes).
            var byKey = files.Select(f =>
            {
                var map = new Dictionary<string, ResxMessage>(StringComparer.Ordinal);
                foreach (var m in f.Messages) if (!map.ContainsKey(m.Key)) map[m.Key] = m;
                return map;
            }).ToList();

            var memberNames = new MemberNames(className);
            var members = new List<ClassMember>();
            var pluralRuleSets = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var present = new List<(int File, ResxMessage Message)>();
                for (var i = 0; i < files.Count; i++)
                {
                    if (byKey[i].TryGetValue(key, out var m)) present.Add((i, m));
                }
                var source = present.FirstOrDefault(p => p.Message.Valid);
                if (source.Message is null) source = present[0];

                for (var fi = 0; fi < files.Count; fi++)
                {
                    var f = files[fi];
                    if (byKey[fi].ContainsKey(key)) continue;
                    var anchor = present[0].Message.DataLocation;
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MissingTranslation, anchor, key, f.FileName));
                }
                if (neutral is not null && present[0].File != 0)
                {
                    var first = present[0];
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.NotInNeutral, first.Message.DataLocation, key, files[first.File].FileName, neutral.FileName));
                }

                // The signature comes from the neutral file (or the first culture that has a valid message).
                var signature = source.Message.Placeholders;
                var impls = new List<MemberImpl>();
                var implByFile = new Dictionary<int, int>();
                var showsTime = false;
                foreach (var (file, message) in present)
                {
                    var usable = true;
                    if (message.Valid && file != source.File && !SamePlaceholders(message.Placeholders, signature))
                    {
                        usable = Compatible(message.Placeholders, signature);
                        diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.PlaceholderMismatch, message.ValueLocation, key, files[file].FileName,
                            Describe(message.Placeholders), Describe(signature),
                            usable ? "" : "; this culture uses the " + files[source.File].FileName + " text instead"));
                    }
                    if (!usable) continue;
                    implByFile[file] = impls.Count;
                    showsTime |= dates is not null && ShowsTime(message.Parts);
                    impls.Add(new MemberImpl(file, message.Value, dates is null ? message.Parts : dates.Resolve(message.Parts, classFiles[file])));
                    if (UsesPlural(message.Parts) && classFiles[file].PluralRuleSet is { } rs) pluralRuleSets.Add(rs);
                }

                // Which text serves each resolved file: its own, else its parent culture's (fa-IR → fa), else the
                // neutral file's, else the first file that has the key.
                var routes = new List<MemberRoute>();
                for (var r = 0; r < files.Count; r++)
                {
                    var served = -1;
                    for (var tag = files[r].Item.Culture; tag is not null && served < 0; tag = ParentTag(tag))
                    {
                        var candidate = files.FindIndex(f => f.Item.Culture == tag);
                        if (candidate >= 0 && implByFile.TryGetValue(candidate, out var impl)) served = impl;
                    }
                    if (served < 0 && neutral is not null && implByFile.TryGetValue(0, out var neutralImpl)) served = neutralImpl;
                    if (served < 0) served = 0;
                    routes.Add(new MemberRoute(served, classFiles[impls[served].File].Language == classFiles[r].Language));
                }

                var (name, renamedBecause) = memberNames.Add(key);
                if (renamedBecause is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MemberRenamed, source.Message.DataLocation, key, CSharpIdentifier.From(key), renamedBecause, name));
                }
                var dateOnly = signature.Any(p => p.Kind == PlaceholderKind.Date) && !showsTime;
                members.Add(new ClassMember(key, name, Parameters(signature), impls.ToEquatableArray(), routes.ToEquatableArray(), dateOnly));
            }

            var ns = files[0].Item.Namespace;
            var model = new MessageClassModel(ns, className, group.HintName, classFiles.ToEquatableArray(), profiles.ToEquatableArray(), members.ToEquatableArray(),
                pluralRuleSets.ToEquatableArray(), usesDates, dates?.Names() ?? EquatableArray<DateNames>.Empty);
            return new MessageClassResult(model, diagnostics.ToEquatableArray());
        }


        private static EquatableArray<MemberParameter> Parameters(EquatableArray<Placeholder> placeholders)
        {
            var result = new List<MemberParameter>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in placeholders)
            {
                var id = p.IsPositional ? "arg" + p.Name : CSharpIdentifier.From(p.Name);
                if (id.StartsWith("__", StringComparison.Ordinal)) id = "p" + id; // the generated code's locals start with __
                var unique = id;
                for (var n = 2; !used.Add(unique.TrimStart('@')); n++) unique = id.TrimStart('@') + "_" + n;
                result.Add(new MemberParameter(p.Name, unique, p.Kind, TypeOf(p)));
            }
            return result.ToEquatableArray();
        }

        private static ParameterType TypeOf(Placeholder p) => p.Kind switch
        {
            PlaceholderKind.Number => ParameterType.Decimal,
            PlaceholderKind.Date => ParameterType.DateTime,
            PlaceholderKind.Text when p.IsPositional => ParameterType.Object,
            _ => ParameterType.String,
        };

        private static bool SamePlaceholders(EquatableArray<Placeholder> a, EquatableArray<Placeholder> b) =>
            a.Count == b.Count && a.All(p => b.Any(q => q.Name == p.Name && q.Kind == p.Kind));

        /// <summary>
        /// A culture's message can be filled from the signature's parameters when every name it uses is a parameter
        /// and it does not need a number from a string parameter: a decimal can be shown as text and selected on (by
        /// its invariant text), a string cannot be counted.
        /// </summary>
        private static bool Compatible(EquatableArray<Placeholder> message, EquatableArray<Placeholder> signature) =>
            message.All(p => signature.Any(q => q.Name == p.Name
                && (q.Kind == PlaceholderKind.Date) == (p.Kind == PlaceholderKind.Date) // a DateTime is neither text nor a count
                && (q.Kind == PlaceholderKind.Number || p.Kind != PlaceholderKind.Number)));

        private static string Describe(EquatableArray<Placeholder> placeholders) =>
            placeholders.Count == 0 ? "none" : string.Join(", ", placeholders.Select(p => p.Describe()));

        /// <summary>True when the message has a plural anywhere (a select's cases included): its file's plural
        /// function must be emitted.</summary>
        private static bool UsesPlural(EquatableArray<MessagePart> parts) =>
            parts.Any(p => p is PluralPart || (p is SelectPart s && s.Cases.Any(c => UsesPlural(c.Body))));

        private static bool UsesDates(EquatableArray<MessagePart> parts) => Any(parts, p => p is DateArgumentPart);

        private static bool ShowsTime(EquatableArray<MessagePart> parts) => Any(parts, p => p is DateArgumentPart d && d.ShowsTime);

        private static bool Any(EquatableArray<MessagePart> parts, Func<MessagePart, bool> test) =>
            parts.Any(p => test(p)
                || (p is PluralPart pl && pl.Cases.Any(c => Any(c.Body, test)))
                || (p is SelectPart s && s.Cases.Any(c => Any(c.Body, test))));

        private static string? ParentTag(string tag)
        {
            var dash = tag.LastIndexOf('-');
            return dash < 0 ? null : tag.Substring(0, dash);
        }
    }
}
