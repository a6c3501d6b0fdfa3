using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using LocalizedContent.Naming;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>
    /// CLDR cardinal plural rules, kept as CLDR writes them (cldr-core supplemental/plurals.json) without the
    /// @integer/@decimal samples, and compiled to C# at generation time. The data (Generated/PluralRules.Data.cs) is
    /// written by eng/CldrImport, so an update is a data change that can be compared with CLDR line by line.
    /// Languages with only 'other' (ja, zh, id…) are listed too so they are known.
    /// </summary>
    internal static partial class PluralRules
    {
        public static readonly string[] CategoryOrder = { "zero", "one", "two", "few", "many", "other" };

        private static Dictionary<string, string> RulesByLanguage => Holder.RulesByLanguage;

        // Built on first use: C# leaves the order of field initializers across partial declarations unspecified.
        private static class Holder
        {
            public static readonly Dictionary<string, string> RulesByLanguage = Build();
        }

        private static Dictionary<string, string> Build()
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in Data)
            {
                var bar = line.IndexOf('|');
                foreach (var language in line.Substring(0, bar).Split(' ')) map[language] = line.Substring(bar + 1);
            }
            return map;
        }

        /// <summary>Every rule set key (language, or language_REGION such as pt_PT).</summary>
        public static IEnumerable<string> RuleSets => RulesByLanguage.Keys;

        /// <summary>The key of the rule set for a culture tag (pt-PT → pt_PT, fa-IR → fa), or null if CLDR has none.</summary>
        public static string? RuleSetFor(string cultureTag)
        {
            var underscored = cultureTag.Replace('-', '_');
            if (RulesByLanguage.ContainsKey(underscored)) return underscored;
            var language = CultureTag.Language(cultureTag);
            return RulesByLanguage.ContainsKey(language) ? language : null;
        }

        /// <summary>The categories a rule set distinguishes, 'other' included, in CLDR order. Read once per rule set: the
        /// file parser asks for every plural of every file.</summary>
        public static IReadOnlyList<string> Categories(string ruleSet) => CategoriesByRuleSet.GetOrAdd(ruleSet, static set =>
        {
            var result = new List<string>();
            foreach (var (category, _) in Rules(set)) result.Add(category);
            result.Add("other");
            return result.ToArray();
        });

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> CategoriesByRuleSet =
            new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);

        /// <summary>(category, condition) pairs, 'other' left out: it is what no condition matches.</summary>
        public static IEnumerable<(string Category, string Condition)> Rules(string ruleSet)
        {
            if (!RulesByLanguage.TryGetValue(ruleSet, out var text)) yield break;
            foreach (var rule in text.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = rule.IndexOf(':');
                yield return (rule.Substring(0, colon).Trim(), rule.Substring(colon + 1).Trim());
            }
        }

        public static int CategoryIndex(string category) => Array.IndexOf(CategoryOrder, category);

        /// <summary>
        /// Compiles a CLDR condition (UTS #35 plural rule syntax: or/and, operands n i v w f t e c, '%', '=' '!=',
        /// is/in/within with 'not', value lists and ranges) into a C# expression over decimal locals named after the
        /// operands. Ranges with '=' (in) require an integer value, as UTS #35 says; 'within' does not.
        /// </summary>
        public static string ToCSharp(string condition) => ToCSharp(condition, integer: false, new HashSet<string>());

        /// <summary>
        /// With <paramref name="integer"/>, the expression is over long locals for the integer fast path, where
        /// v, w, f, t (and e, c) are 0 and i equals n; <paramref name="operands"/> collects the operands used.
        /// </summary>
        public static string ToCSharp(string condition, bool integer, HashSet<string> operands)
        {
            var tokens = new List<string>(condition.Replace("..", " .. ").Replace(",", " , ").Replace("!=", " != ").Replace("%", " % ").Replace("=", " = ").Replace("! =", "!=")
                .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
            var pos = 0;
            string Next() => pos < tokens.Count ? tokens[pos++] : throw new FormatException("rule ended early: " + condition);
            string? PeekToken() => pos < tokens.Count ? tokens[pos] : null;

            var orParts = new List<string>();
            while (true)
            {
                var andParts = new List<string>();
                while (true)
                {
                    // relation: operand ['%' value] op range_list
                    var operand = Next();
                    if ("nivwftec".IndexOf(operand, StringComparison.Ordinal) < 0 || operand.Length != 1) throw new FormatException("unknown operand " + operand);
                    var expr = operand == "e" || operand == "c" ? (integer ? "0L" : "0m") : operand;
                    if (expr == operand) operands.Add(operand);
                    if (PeekToken() == "%")
                    {
                        Next();
                        expr = "(" + expr + " % " + Number(Next(), integer) + ")";
                    }
                    var op = Next();
                    var negate = false;
                    var within = false;
                    if (op == "!=") negate = true;
                    else if (op == "is") { if (PeekToken() == "not") { Next(); negate = true; } }
                    else if (op == "not") { negate = true; op = Next(); within = op == "within"; }
                    else if (op == "within") within = true;
                    else if (op != "=" && op != "in") throw new FormatException("unknown operator " + op);

                    var alternatives = new List<string>();
                    while (true)
                    {
                        var low = Number(Next(), integer);
                        if (PeekToken() == "..")
                        {
                            Next();
                            var high = Number(Next(), integer);
                            alternatives.Add(within ? "(" + expr + " >= " + low + " && " + expr + " <= " + high + ")" : "In(" + expr + ", " + low + ", " + high + ")");
                        }
                        else
                        {
                            alternatives.Add(expr + " == " + low);
                        }
                        if (PeekToken() != ",") break;
                        Next();
                    }
                    var relation = alternatives.Count == 1 ? alternatives[0] : "(" + string.Join(" || ", alternatives) + ")";
                    andParts.Add(negate ? "!(" + relation + ")" : relation);
                    if (PeekToken() != "and") break;
                    Next();
                }
                orParts.Add(andParts.Count == 1 ? andParts[0] : "(" + string.Join(" && ", andParts) + ")");
                if (PeekToken() != "or") break;
                Next();
            }
            if (pos != tokens.Count) throw new FormatException("unexpected '" + tokens[pos] + "' in " + condition);
            return string.Join(" || ", orParts);
        }

        private static string Number(string token, bool integer)
        {
            if (!decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) throw new FormatException("not a number: " + token);
            if (integer && value == decimal.Truncate(value)) return value.ToString(CultureInfo.InvariantCulture);
            return value.ToString(CultureInfo.InvariantCulture) + "m";
        }

        /// <summary>The name of a rule set's function in the message runtime class (pt_PT → Plural_pt_PT).</summary>
        public static string MethodName(string ruleSet) => "Plural_" + ruleSet.Replace('-', '_');

        /// <summary>Writes the category function for a rule set (0 zero … 5 other) into the message runtime class,
        /// whose In, SmallInteger and Operands helpers it calls.</summary>
        public static void Write(Common.SourceWriter writer, string ruleSet)
        {
            var rules = new List<(string Category, string Condition)>(Rules(ruleSet));
            writer.Line("// CLDR cardinal plural rules for '" + ruleSet + "'.");
            writer.Open("internal static int " + MethodName(ruleSet) + "(decimal value)");
            if (rules.Count == 0)
            {
                writer.Line("return 5;");
                writer.Close();
                return;
            }
            // Integers without decimals (nearly every count): long arithmetic, with i = n and v = w = f = t = 0.
            var operands = new HashSet<string>();
            var integerConditions = new List<string>();
            foreach (var (_, condition) in rules) integerConditions.Add(ToCSharp(condition, integer: true, operands));
            writer.Line("if (!SmallInteger(value, out var n, out _)) return " + MethodName(ruleSet) + "_Decimal(value);");
            if (operands.Contains("i")) writer.Line("var i = n;");
            foreach (var zero in new[] { "v", "w", "f", "t" }) if (operands.Contains(zero)) writer.Line("var " + zero + " = 0L;");
            for (var k = 0; k < rules.Count; k++)
            {
                writer.Line("// " + rules[k].Category + ": " + rules[k].Condition);
                writer.Line("if (" + integerConditions[k] + ") return " + CategoryIndex(rules[k].Category).ToString(CultureInfo.InvariantCulture) + ";");
            }
            writer.Line("return 5;");
            writer.Close();
            writer.Line();
            writer.Open("private static int " + MethodName(ruleSet) + "_Decimal(decimal value)");
            writer.Line("Operands(value, out var n, out var i, out var v, out var w, out var f, out var t);");
            foreach (var (category, condition) in rules)
            {
                writer.Line("if (" + ToCSharp(condition) + ") return " + CategoryIndex(category).ToString(CultureInfo.InvariantCulture) + "; // " + category);
            }
            writer.Line("return 5;");
            writer.Close();
        }

        internal static string Describe(IEnumerable<string> categories)
        {
            var builder = new StringBuilder();
            foreach (var c in categories)
            {
                if (builder.Length > 0) builder.Append(", ");
                builder.Append('\'').Append(c).Append('\'');
            }
            return builder.ToString();
        }
    }
}
