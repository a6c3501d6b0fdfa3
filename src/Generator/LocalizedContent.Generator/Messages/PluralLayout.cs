using System.Collections.Generic;
using System.Globalization;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// How a plural's cases become code, for both ways of writing them (<see cref="MessageEmitter"/>'s general form and
    /// <see cref="BranchEmitter"/>'s returns): the =N cases first (ICU: they win over categories and compare the value
    /// itself), then a switch on the category only where some category has a text of its own. Categories with the same
    /// text share a section (Arabic's few, many and other often do); those with other's text fall to the default.
    /// </summary>
    internal sealed class PluralLayout
    {
        private PluralLayout(List<(decimal Value, MessageCase Case)> exact, List<(List<string> Categories, EquatableArray<MessagePart> Body)> sections,
            List<string> defaultCategories, MessageCase? other)
        {
            Exact = exact;
            Sections = sections;
            DefaultCategories = defaultCategories;
            Other = other;
        }

        public List<(decimal Value, MessageCase Case)> Exact { get; }

        /// <summary>The switch's sections before its default; none when no switch is needed (no category has a text
        /// of its own, or the file's language has no plural rules).</summary>
        public List<(List<string> Categories, EquatableArray<MessagePart> Body)> Sections { get; }

        /// <summary>The categories labelled on the default section (they have other's text).</summary>
        public List<string> DefaultCategories { get; }

        public MessageCase? Other { get; }

        public bool Switch => Sections.Count > 0 || DefaultCategories.Count > 0;

        public static PluralLayout Of(PluralPart plural, ClassFile file)
        {
            var exact = new List<(decimal, MessageCase)>();
            var categories = new List<MessageCase>();
            foreach (var c in plural.Cases)
            {
                if (c.Selector.StartsWith("=", System.StringComparison.Ordinal))
                    exact.Add((decimal.Parse(c.Selector.Substring(1), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), c));
                else if (c.Selector != "other") categories.Add(c);
            }
            MessageCase? other = null;
            foreach (var c in plural.Cases)
                if (c.Selector == "other") { other = c; break; }
            // Loops, not LINQ: every plural of every culture comes here. A category with other's text falls to the
            // default; the others share a section with the categories of the same text, in their first one's order.
            var sections = new List<(List<string> Categories, EquatableArray<MessagePart> Body)>();
            var defaults = new List<string>();
            if (file.PluralRuleSet is not null)
            {
                foreach (var c in categories)
                {
                    if (other is not null && c.Body.Equals(other.Body)) { defaults.Add(c.Selector); continue; }
                    var section = sections.FindIndex(s => s.Body.Equals(c.Body));
                    if (section < 0) sections.Add((new List<string> { c.Selector }, c.Body));
                    else sections[section].Categories.Add(c.Selector);
                }
                // No category with a text of its own: no plural rule to run.
                if (other is not null && sections.Count == 0) defaults.Clear();
            }
            return new PluralLayout(exact, sections, defaults, other);
        }

        /// <summary>The switch on the category of the value minus the offset.</summary>
        public static string SwitchLine(ClassFile file, string identifier, decimal offset) =>
            "switch (__LC" + PluralRules.MethodName(file.PluralRuleSet!) + "(" + MessageEmitter.Minus(identifier, offset) + "))";

        public static string CaseLabel(string category) =>
            "case " + PluralRules.CategoryIndex(category).ToString(CultureInfo.InvariantCulture) + ": // " + category;
    }
}
