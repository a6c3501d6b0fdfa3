using System.Collections.Generic;
using System.Linq;
using LocalizedContent.Naming;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// Writes the runtime culture fallback shared by documents and messages: walk the culture's parents
    /// (fa-IR → fa → invariant) and take the first variant present; at the invariant culture take the neutral
    /// file, or else the first culture present. Straight-line code: a switch over the file names' canonical tags,
    /// then the same tags ignoring case, because .NET names some cultures in another casing than BCP 47's
    /// canonical one (ca-ES-valencia is CultureInfo "ca-ES-VALENCIA"): variants, which only tags with one need.
    /// </summary>
    internal static class CultureLookupEmitter
    {
        /// <summary>
        /// Writes <c>private static int {methodName}(CultureInfo culture)</c> returning the index into
        /// <paramref name="cultures"/> (null stands for the neutral variant).
        /// </summary>
        public static void Write(SourceWriter writer, string methodName, IReadOnlyList<string?> cultures)
        {
            var neutral = -1;
            for (var i = 0; i < cultures.Count; i++) if (cultures[i] is null) neutral = i;
            var last = neutral >= 0 ? neutral : 0;

            writer.Open($"private static int {methodName}(global::System.Globalization.CultureInfo culture)");
            if (cultures.All(c => c is null))
            {
                // Only a neutral variant: an empty switch would be warning CS1522 in the consumer's build.
                writer.Line($"return {last};");
                writer.Close();
                return;
            }
            writer.Open("for (var current = culture; ; current = current.Parent)");
            var present = cultures.Select((c, i) => (Culture: c, Index: i)).Where(p => p.Culture is not null).ToList();
            writer.Open("switch (current.Name)");
            foreach (var (culture, index) in present)
            {
                writer.Line($"case {CSharpLiteral.String(culture!)}: return {index};");
            }
            writer.Close();
            foreach (var (culture, index) in present.Where(p => CultureTag.HasVariant(p.Culture!)))
            {
                writer.Line($"if (global::System.String.Equals(current.Name, {CSharpLiteral.String(culture!)}, global::System.StringComparison.OrdinalIgnoreCase)) return {index};");
            }
            writer.Line($"if (current.Name.Length == 0) return {last};");
            writer.Close();
            writer.Close();
        }
    }
}
