using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;
using LocalizedContent.Naming;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Writes the one runtime class the message classes of a compilation share: number formatting, plural rule
    /// functions and date helpers (before, ~195 lines of them were repeated in every message class). It is
    /// internal and lives in a namespace made from the assembly's name, so two assemblies whose internals are
    /// visible to each other (InternalsVisibleTo) declare different types: one declared under a fixed name would be
    /// warning CS0436 in the other, an error for TreatWarningsAsErrors projects. Generated code names it
    /// global::-qualified, so no user namespace or type can hide it.
    /// </summary>
    internal static class MessageRuntimeEmitter
    {
        public const string HintName = "LocalizedContent.MessageRuntime.g.cs";

        public const string ClassName = "MessageRuntime";

        /// <summary>
        /// The namespace for an assembly: __LCGenerated + its name as identifiers, with a hash of the exact name when
        /// that had to change (My-App and My_App stay apart). The root starts with __LC, the prefix generated names
        /// keep to themselves: a root such as LocalizedContent would clash (CS0101) with a class of that name in
        /// the global namespace, which a LocalizedContent.resx in a project without a root namespace declares.
        /// </summary>
        public static string Namespace(string? assemblyName)
        {
            var name = string.IsNullOrEmpty(assemblyName) ? "Unnamed" : assemblyName!;
            var identifiers = CSharpIdentifier.Namespace(name);
            if (identifiers != name) identifiers += "_" + HintNames.Hash(name);
            return "__LCGenerated." + identifiers;
        }

        /// <summary>The runtime class as generated code names it.</summary>
        public static string QualifiedName(string @namespace) => "global::" + @namespace + "." + ClassName;

        private const string UmmAlQuraCall = "    else if (calendar == 2) UmmAlQura(julianDay, out year, out month, out day);\n";

        public static SourceText Emit(MessageRuntimeModel model, MessageTarget target)
        {
            var w = SourceWriter.GeneratedFile(target.NullableAnnotations);
            w.OpenNamespace(target.RuntimeNamespace);
            w.Doc("<summary>Helpers the LocalizedContent message classes of this assembly share; not for use by other code.</summary>");
            w.Line(GeneratedClass.AttributeLine);
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Open("internal static class " + ClassName);
            w.Block(MessageRuntimeSource.Text(target.NullableAnnotations, model.UsesFormatItems, target.StackBuffer));
            w.Line();
            foreach (var ruleSet in model.PluralRuleSets)
            {
                PluralRules.Write(w, ruleSet);
                w.Line();
            }
            if (model.UsesDates)
            {
                var dates = (MessageRuntimeSource.Dates + (model.UsesWeekYear ? "\n" + MessageRuntimeSource.WeekYear : "")
                    + (model.UsesUmmAlQura ? "\n" + MessageRuntimeSource.UmmAlQura : "")).Replace("\r\n", "\n");
                if (!model.UsesUmmAlQura) dates = dates.Replace(UmmAlQuraCall, "");
                w.Block(dates);
            }
            w.Close();
            w.CloseNamespace();
            return w.Finish();
        }

    }
}
