using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Writes the public members of a designer-shaped message class (<see cref="DesignerShapeModel"/>): what Visual
    /// Studio's Resources.Designer.cs declares, so its call sites compile unchanged, plus a typed Format method per
    /// key with arguments. The Format methods call the default shape's implementations (<see cref="MessageEmitter"/>):
    /// one formatting code path for both shapes. Only writes text; names and texts are decided by
    /// <see cref="DesignerShapeBuilder"/>.
    /// </summary>
    internal static class DesignerShapeEmitter
    {
        /// <summary>The field behind Culture, which <c>__LCCurrent</c> reads before CurrentUICulture.</summary>
        public const string CultureField = "__LCCulture";

        private const string ResourceManagerType = "global::System.Resources.ResourceManager";

        public static void WriteMembers(SourceWriter w, MessageClassModel model, DesignerShapeModel designer)
        {
            w.Doc("<summary>\nThe ResourceManager of the embedded resources " + XmlDocText.Escape(designer.ManifestBaseName) + ", as the .resx Designer class has it.\n"
                + "It finds them only while the .resx files are embedded (LocalizedContentKeepEmbeddedResources=true); the\nproperties and Format methods do not use it.\n</summary>");
            w.Open("public static " + ResourceManagerType + " ResourceManager");
            w.Open("get");
            w.Line("var manager = __LCResourceManager;");
            w.Line("if (manager is null) __LCResourceManager = manager = new " + ResourceManagerType + "(" + CSharpLiteral.String(designer.ManifestBaseName) + ", typeof(" + model.ClassName + ").Assembly);");
            w.Line("return manager;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("private static " + w.Nullable(ResourceManagerType) + " __LCResourceManager;");
            w.Line();
            w.Doc("<summary>\nThe culture the properties and Format methods read, as the .resx Designer class's Culture; null (the default):\n<see cref=\"" + MessageEmitter.CultureInfoType + ".CurrentUICulture\"/>.\n</summary>");
            w.Line("public static " + w.Nullable(MessageEmitter.CultureInfoType) + " Culture { get => " + CultureField + "; set => " + CultureField + " = value; }");
            w.Line();
            w.Line("private static " + w.Nullable(MessageEmitter.CultureInfoType) + " " + CultureField + ";");
            w.Line();

            for (var i = 0; i < model.Members.Count; i++)
            {
                var member = model.Members[i];
                MessageEmitter.WriteDoc(w, model, member, parameters: false);
                w.Line("public static string " + member.Name + " => __LCCurrent()." + member.Name + ";");
                w.Line();
                if (designer.Members[i].FormatName is not { } format) continue;
                MessageEmitter.WriteDoc(w, model, member);
                w.Line("public static string " + format + MessageEmitter.TypeParameters(member) + "(" + MessageEmitter.ParameterList(w, member) + ")" + MessageEmitter.Constraints(member) + " => __LCCurrent()." + format + "(" + MessageEmitter.ArgumentList(member) + ");");
                MessageEmitter.WriteDateOverloads(w, model, member, "public static string ", "For(null).", format);
                w.Line();
            }
        }

        /// <summary>The same members on Variant: raw text by the variant's file, Format methods by its implementation
        /// (documented on the static members, as the default shape's).</summary>
        /// <param name="table">Each member's entry in the variant's texts (<see cref="TextTableEmitter"/>).</param>
        public static void WriteVariantMembers(SourceWriter w, MessageClassModel model, DesignerShapeModel designer, TextTable table)
        {
            for (var i = 0; i < model.Members.Count; i++)
            {
                var member = model.Members[i];
                var shape = designer.Members[i];
                w.Line("public string " + member.Name + " => " + TextTableEmitter.Field + "[" + table.SlotOf[i].ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
                if (shape.FormatName is not { } format) continue;
                w.Line("public string " + format + MessageEmitter.TypeParameters(member) + "(" + MessageEmitter.ParameterList(w, member) + ")" + MessageEmitter.Constraints(member) + " => " + table.Call(model, i) + ";");
                MessageEmitter.WriteDateOverloads(w, model, member, "public string ", "", format, document: false);
            }
        }
    }
}
