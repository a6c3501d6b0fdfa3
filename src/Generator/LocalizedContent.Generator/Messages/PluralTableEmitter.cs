using System.Globalization;
using System.Linq;
using System.Text;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// A plural between texts (<c>{count, plural, one {# item} other {# items}}</c>, text around it allowed) as data: per
    /// file, two entries per CLDR category in the variant's texts (the text before the number and the text after it;
    /// null for a category with other's text, a null second entry for a case without <c>#</c>), and one Variant line
    /// that picks the category with the file's plural rules. It replaces a method per culture (a tenth of the messages
    /// made a fifth of a message class's source, which every build parses again). Only where every file is served by
    /// its own language's text (the file's rules and digits apply); otherwise <see cref="BranchEmitter"/>'s methods.
    /// </summary>
    internal static class PluralTableEmitter
    {
        private static readonly int Other = PluralRules.CategoryIndex("other");

        /// <summary>The Variant's expression for <paramref name="member"/> with its entries added to
        /// <paramref name="table"/>, or null (nothing added) when the member is not such a plural in every file.</summary>
        public static string? Call(MessageClassModel model, ClassMember member, TextTable table)
        {
            if (member.Parameters.Count != 1 || member.Parameters[0].Type != ParameterType.Decimal) return null;
            var plurals = new (string Before, PluralPart Plural, string After)[member.Routes.Count];
            for (var r = 0; r < plurals.Length; r++)
            {
                var route = member.Routes[r];
                var impl = member.Impls[route.Impl];
                if (!route.SameLanguage || model.Files[impl.File].PluralRuleSet != model.Files[r].PluralRuleSet) return null;
                if (!BranchEmitter.Fits(member, impl.Parts, out var before, out var choice, out var after) || choice is not PluralPart plural) return null;
                if (plural.Offset != 0 || plural.Cases.Any(c => PluralRules.CategoryIndex(c.Selector) < 0) || !plural.Cases.Any(c => c.Selector == "other")) return null;
                plurals[r] = (before, plural, after);
            }
            foreach (var impl in member.Impls) table.PluralStackChars = System.Math.Max(table.PluralStackChars, MessageEmitter.StackChars(impl.Parts));
            var at = table.Slots.Count;
            table.Notes[at] = member.Name + ": zero, one, two, few, many, other; each the text before the number and after it";
            for (var category = 0; category < PluralRules.CategoryOrder.Length; category++)
            {
                var heads = new string?[plurals.Length];
                var tails = new string?[plurals.Length];
                for (var r = 0; r < plurals.Length; r++)
                {
                    var (before, plural, after) = plurals[r];
                    var file = model.Files[member.Impls[member.Routes[r].Impl].File];
                    var other = plural.Cases.First(c => c.Selector == "other");
                    var own = file.PluralRuleSet is null ? null : plural.Cases.FirstOrDefault(c => c.Selector == PluralRules.CategoryOrder[category]);
                    // A category with other's text reads other's entries (Arabic's few, many and other often share one).
                    if (category != Other && (own is null || own.Body.Equals(other.Body))) continue;
                    (heads[r], tails[r]) = BranchEmitter.CaseTexts(file, (own ?? other).Body, before, after);
                }
                table.Add(heads);
                table.Add(tails);
            }
            table.PluralTexts = true;
            var count = member.Parameters[0].Identifier;
            return "__LCPlural(" + TextTableEmitter.Field + ", " + Number(at) + ", __LCCategory(__LCfile, " + count + "), __LCnumbering, " + count + ")";
        }

        /// <summary>The two helpers the Variant lines call: the category by the file's rules, and the text.</summary>
        public static void WriteHelpers(SourceWriter w, MessageClassModel model, TextTable table, bool stackBuffer)
        {
            var chain = new StringBuilder();
            var groups = Enumerable.Range(0, model.Files.Count).GroupBy(f => model.Files[f].PluralRuleSet).ToList();
            for (var g = 0; g < groups.Count; g++)
            {
                var rules = groups[g].Key is { } ruleSet ? "__LC" + PluralRules.MethodName(ruleSet) + "(count)" : Number(Other);
                if (g == groups.Count - 1)
                {
                    chain.Append(rules);
                    break;
                }
                chain.Append('(').Append(string.Join(" || ", groups[g].Select(f => "file == " + Number(f)))).Append(") ? ").Append(rules).Append(" : ");
            }
            w.Line("// The plural category of count by the rules of the file's language (0 zero … " + Number(Other) + " other).");
            w.Line("private static int __LCCategory(int file, decimal count) => " + chain + ";");
            w.Line();
            w.Line("// A plural between texts (PluralTableEmitter): the category's text before and after the number in the");
            w.Line("// variant's texts; null entries: other's text; a null second entry: the case shows no number.");
            w.Open("private static string __LCPlural(string[] texts, int at, int category, int numbering, decimal count)");
            w.Line("if (texts[at + 2 * category] is null) category = " + Number(Other) + ";");
            w.Line("var after = texts[at + 2 * category + 1];");
            w.Line("if (after is null) return texts[at + 2 * category];");
            if (stackBuffer)
            {
                w.Line("global::System.Span<char> buffer = stackalloc char[" + Number(table.PluralStackChars) + "];");
                w.Line("return __LCBuilder(numbering, buffer).Join(texts[at + 2 * category], count, after);");
            }
            else
            {
                w.Line("return __LCBuilder(numbering).Join(texts[at + 2 * category], count, after);");
            }
            w.Close();
            w.Line();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
