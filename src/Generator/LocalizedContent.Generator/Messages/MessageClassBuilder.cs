using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;
using LocalizedContent.Naming;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Groups the parsed .resx files into classes (Strings.resx, Strings.ar.resx… → Strings) and decides each
    /// class: which file serves each culture, numbering profiles and calendars, plural rule sets; its members and the
    /// checks that compare cultures are decided per key by <see cref="MessageMemberBuilder"/>.
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
            var designerShape = groups.Where(g => DesignerShapeBuilder.Of(g) == MessageShape.Designer).Select(g => g.Key).ToList();
            var names = ClassNames.Decide(ClassKind.Messages, groups.Select(g => (g.First().Item.Namespace, g.First().Item.ClassName)),
                ClassNames.Declared(itemNamespaces), Array.Empty<string>(), designerShape);
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
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var f in group.Files) diagnostics.AddRange(f.Diagnostics);
            diagnostics.AddRange(group.NamingDiagnostics);

            var files = MessageDialects.Resolve(OnePerCulture(group.Files, diagnostics), diagnostics);
            // Dates add the calendar and the CLDR date tag to the profile, chosen by the same switch (ar-MA → its month
            // names and 24-hour clock, fa-AF → its own); a class without dates keeps its switch and profiles as they were.
            var usesDates = files.Any(f => f.Messages.Any(m => MessageParts.UsesDates(m.Parts)));
            var profiles = new List<NumberingProfile>();
            var usesPercent = files.Any(f => f.Messages.Any(m => MessageParts.UsesPercent(m.Parts)));
            var currencies = new List<string>();
            foreach (var f in files) foreach (var m in f.Messages) MessageParts.AddCurrencies(m.Parts, currencies);
            // The compact lengths (short, long) a message shows: the profiles carry only those patterns.
            var compact = new[] { Compact.Short, Compact.Long }.Select(l => files.Any(f => f.Messages.Any(m => MessageParts.UsesCompact(m.Parts, l)))).ToArray();
            var classFiles = DescribeFiles(files, usesDates, usesPercent, currencies, compact, profiles);

            // The shape is the neutral file's; it also decides which names keys may take.
            DesignerShapeBuilder.ReportConflicts(group.Files, diagnostics);
            var designer = DesignerShapeBuilder.Of(files) == MessageShape.Designer;
            var dates = usesDates ? new DateFormatBuilder(profiles) : null;
            var members = new MessageMemberBuilder(group.ClassName, files, classFiles, dates, diagnostics, designer);
            foreach (var key in KeysInOrder(files)) members.Add(key);

            var model = new MessageClassModel(files[0].Item.Namespace, group.ClassName, group.HintName, classFiles.ToEquatableArray(), profiles.ToEquatableArray(),
                members.Members.ToEquatableArray(), members.PluralRuleSets.ToEquatableArray(), usesDates, members.DateNames(),
                designer ? DesignerShapeBuilder.Build(files, members.Members, members.Names, diagnostics) : null,
                UsesFormatItems(members.Members), dates?.UsesUmmAlQura == true, currencies.ToEquatableArray(),
                dates?.UsesWeekYear == true);
            return new MessageClassResult(model, diagnostics.ToEquatableArray());
        }

        private static bool UsesFormatItems(List<ClassMember> members)
        {
            foreach (var m in members) foreach (var i in m.Impls) foreach (var p in i.Parts) if (p is FormatItemPart) return true;
            return false;
        }

        /// <summary>One file per culture: neutral first, then cultures by name; a second file for a culture is LC1004.</summary>
        private static List<ResxFileModel> OnePerCulture(EquatableArray<ResxFileModel> input, List<DiagnosticInfo> diagnostics)
        {
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
            return files;
        }

        /// <summary>
        /// Each file as the class serves it: its language, plural rule set, calendars, and the numbering profile of
        /// each culture of its language (the runtime switch). Profiles are deduplicated into <paramref name="profiles"/>.
        /// </summary>
        private static List<ClassFile> DescribeFiles(List<ResxFileModel> files, bool usesDates, bool usesPercent, List<string> currencies, bool[] compact, List<NumberingProfile> profiles)
        {
            int ProfileIndex(NumberingProfile p)
            {
                var i = profiles.IndexOf(p);
                if (i >= 0) return i;
                profiles.Add(p);
                return profiles.Count - 1;
            }
            NumberingProfile Profile(ResxFileModel f, string tag)
            {
                var profile = NumberingSystems.Resolve(tag, f.Digits);
                // Percent patterns only where a message shows a percent: other classes keep fewer, smaller profiles.
                if (!usesPercent) profile = profile with { PercentPrefix = "", PercentSuffix = "%", PercentPrimaryGrouping = 3, PercentSecondaryGrouping = 3 };
                // Likewise currency patterns and symbols: only the currencies the class shows, with the tag's symbols.
                profile = currencies.Count == 0 ? profile with { CurrencyPattern = NumberingProfile.DefaultCurrencyPattern, CurrencyDecimal = null, CurrencyGroup = null }
                    : profile with
                    {
                        CurrencyAffixes = currencies.SelectMany(c => CurrencyAffixes(profile, tag, c)).ToEquatableArray(),
                        CultureCurrencyDigits = currencies.Any(c => c.StartsWith(Currencies.OfCulture, StringComparison.Ordinal)) ? Currencies.Digits(Currencies.Resolve(tag, Currencies.OfCulture)) : 2,
                    };
                if (compact[0] || compact[1]) profile = profile with { Compact = new[] { Compact.Short, Compact.Long }.Select(l => compact[l] ? Compact.For(tag, f.Digits, l) : "").ToEquatableArray() };
                return usesDates ? profile with { Calendar = f.Calendar ?? Calendars.DefaultFor(tag), DateTag = DateData.ListedTag(tag) } : profile;
            }
            var classFiles = new List<ClassFile>();
            foreach (var f in files)
            {
                var language = CultureTag.Language(f.Language);
                var cultureProfiles = new List<CultureProfile>();
                var tags = new[] { language }.Concat(NumberingSystems.RegionalTags(language));
                if (usesDates) tags = tags.Concat(DateData.RegionalTags(language));
                // Regions with their own symbol for a currency the class shows (ar-AE, ar-SA…).
                if (currencies.Count > 0) tags = tags.Concat(Currencies.RegionalTags(language, currencies.Select(c => c.Substring(0, 3))));
                // The currency style shows each region's currency (fa-IR: IRR, fa-AF: AFN).
                if (currencies.Any(c => c.StartsWith(Currencies.OfCulture, StringComparison.Ordinal))) tags = tags.Concat(CldrLocales.RegionalTags(language));
                if (compact[0] || compact[1]) tags = tags.Concat(Compact.RegionalTags(language));
                if (usesDates || currencies.Count > 0 || compact[0] || compact[1]) tags = tags.Distinct(StringComparer.Ordinal).OrderBy(t => t == language ? 0 : 1).ThenBy(t => t, StringComparer.Ordinal);
                foreach (var tag in tags.Concat(new[] { f.NumberingTag }).Distinct(StringComparer.Ordinal))
                {
                    // A regional tag that writes numbers (and dates) as its parent does needs no case: the run-time
                    // walk over culture parents reaches the parent's.
                    var profile = Profile(f, tag);
                    if (tag != language && tag != f.NumberingTag && profile == Profile(f, NumberingSystems.Parent(tag))) continue;
                    cultureProfiles.Add(new CultureProfile(tag, ProfileIndex(profile)));
                }
                var defaultProfile = ProfileIndex(Profile(f, f.NumberingTag));
                var calendars = new[] { profiles[defaultProfile].Calendar }.Concat(cultureProfiles.Select(cp => profiles[cp.Profile].Calendar)).Distinct().Select(c => (int)c).ToEquatableArray();
                classFiles.Add(new ClassFile(f.Item.Culture, f.FileName, language, defaultProfile,
                    cultureProfiles.ToEquatableArray(), f.Isolate, PluralRules.RuleSetFor(f.Language), calendars));
            }
            return classFiles;
        }

        /// <summary>Text around a positive and a negative amount of the currency ("IRR:0": code and width) and its
        /// separators: the currency-specific format CLDR gives it in the tag, else the tag's pattern and monetary separators.</summary>
        private static string[] CurrencyAffixes(NumberingProfile profile, string tag, string currency)
        {
            var code = Currencies.Resolve(tag, currency.Substring(0, 3));
            var format = Currencies.FormatFor(tag, code);
            return Currencies.Affixes(format?.Pattern ?? profile.CurrencyPattern, Currencies.SymbolFor(tag, code, currency[4] - '0'), profile.Minus,
                format?.Decimal ?? profile.CurrencyDecimal ?? profile.Decimal, format?.Group ?? profile.CurrencyGroup ?? profile.Group);
        }

        /// <summary>Keys in first-seen order: the neutral file's order, then keys only cultures have.</summary>
        private static List<string> KeysInOrder(List<ResxFileModel> files)
        {
            var keys = new List<string>();
            var seenKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in files) foreach (var m in f.Messages) if (seenKeys.Add(m.Key)) keys.Add(m.Key);
            return keys;
        }
    }
}
