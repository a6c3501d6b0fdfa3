using System.Collections.Immutable;
using System.Linq;
using LocalizedContent.Generator.Common;

namespace LocalizedContent.Generator.Messages.Model
{
    /// <summary>What the compilation's message classes need from the shared runtime class.</summary>
    /// <param name="Needed">False when the compilation has no message class: no runtime class is emitted.</param>
    internal sealed record MessageRuntimeModel(bool Needed, EquatableArray<string> PluralRuleSets, bool UsesDates, bool UsesFormatItems = false, bool UsesUmmAlQura = false, bool UsesWeekYear = false)
    {
        public static MessageRuntimeModel For(ImmutableArray<MessageClassModel> classes) => new MessageRuntimeModel(
            classes.Length > 0,
            classes.SelectMany(c => c.PluralRuleSets).Distinct().OrderBy(r => r, System.StringComparer.Ordinal).ToEquatableArray(),
            classes.Any(c => c.UsesDates),
            classes.Any(c => c.UsesFormatItems),
            classes.Any(c => c.UsesUmmAlQura),
            classes.Any(c => c.UsesWeekYear));
    }
}
