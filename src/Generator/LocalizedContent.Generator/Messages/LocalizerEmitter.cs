using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Writes the compiled <c>IStringLocalizer</c> of a message class (when the consumer references
    /// Microsoft.Extensions.Localization.Abstractions, <see cref="LocalizerTarget"/>): a partial part of the class that
    /// implements <c>IStringLocalizer&lt;Class&gt;</c> explicitly (no member name a key could want), whose indexers
    /// call the Variant's typed members, and once per compilation the argument conversions, an
    /// <c>IStringLocalizerFactory</c> and the <c>AddLocalizedContent()</c> registration. Only writes text.
    /// </summary>
    internal static class LocalizerEmitter
    {
        public const string SupportHintName = "LocalizedContent.StringLocalizer.g.cs";

        /// <summary>The static field holding a class's one localizer instance.</summary>
        public const string InstanceField = "__LCStringLocalizer";

        private const string Localization = "global::Microsoft.Extensions.Localization.";
        private const string LocalizedString = Localization + "LocalizedString";
        private const string FactoryClass = "StringLocalizerFactory";
        private const string ArgumentsClass = "StringLocalizerArguments";

        /// <summary>The class's part file's hint name, beside its messages file.</summary>
        public static string HintName(MessageClassModel model)
        {
            const string suffix = ".Messages.g.cs";
            var stem = model.HintName.EndsWith(suffix, System.StringComparison.Ordinal) ? model.HintName.Substring(0, model.HintName.Length - suffix.Length) : model.HintName;
            return stem + ".StringLocalizer.g.cs";
        }

        /// <summary>False for a class the consumer's own declaration makes static (LC1036).</summary>
        public static bool Served(MessageClassModel model, EquatableArray<StaticDeclaration> statics)
        {
            var fullName = FullName(model);
            return !statics.Any(s => s.FullName == fullName);
        }

        /// <summary>The classes the factory and the registration serve: all but those made static (LC1036).</summary>
        public static EquatableArray<LocalizerClass> Served(EquatableArray<LocalizerClass> classes, EquatableArray<StaticDeclaration> statics) =>
            statics.Count == 0 ? classes : new EquatableArray<LocalizerClass>(classes.Where(c => !statics.Any(s => s.FullName == c.FullName)));

        /// <summary>The class's CLR full name (Type.FullName; no verbatim @).</summary>
        public static string FullName(MessageClassModel model) =>
            (model.Namespace.Length > 0 ? model.Namespace + "." : "").Replace("@", "") + model.ClassName.TrimStart('@');

        public static string Qualified(MessageClassModel model) =>
            "global::" + (model.Namespace.Length > 0 ? model.Namespace + "." : "") + model.ClassName;

        /// <param name="runtimeNamespace">The compilation's runtime namespace (where the argument conversions are).</param>
        public static SourceText EmitClass(MessageClassModel model, bool nullableAnnotations, string runtimeNamespace)
        {
            var w = SourceWriter.GeneratedFile(nullableAnnotations);
            if (model.Namespace.Length > 0) w.OpenNamespace(model.Namespace);
            var args = "global::" + runtimeNamespace + "." + ArgumentsClass;
            var culture = (model.Designer is null ? "" : DesignerShapeEmitter.CultureField + " ?? ") + MessageEmitter.CultureInfoType + ".CurrentUICulture";
            var searched = CSharpLiteral.String(FullName(model));

            w.Open("partial class " + model.ClassName + " : " + Localization + "IStringLocalizer<" + model.ClassName + ">");
            w.Doc("<summary>The compiled <c>IStringLocalizer</c> of this class (what <c>AddLocalizedContent()</c> registers).</summary>");
            w.Line("internal static readonly " + model.ClassName + " " + InstanceField + " = new " + model.ClassName + "();");
            w.Line();
            w.Line("private " + model.ClassName + "()");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Line(LocalizedString + " " + Localization + "IStringLocalizer.this[string name] => __LCLocalized(name, null, " + culture + ");");
            w.Line();
            w.Line(LocalizedString + " " + Localization + "IStringLocalizer.this[string name, params object[] arguments] => __LCLocalized(name, arguments, " + culture + ");");
            w.Line();

            // One case per key (the first member of a key, should the model ever hold two): a duplicate label is CS0152.
            var keys = new HashSet<string>(System.StringComparer.Ordinal);
            var members = Enumerable.Range(0, model.Members.Count).Where(i => keys.Add(model.Members[i].Key)).Select(i => (Index: i, Member: model.Members[i])).ToList();
            w.Open("global::System.Collections.Generic.IEnumerable<" + LocalizedString + "> " + Localization + "IStringLocalizer.GetAllStrings(bool includeParentCultures)");
            w.Line("var culture = " + culture + ";");
            if (members.Count > 0) w.Line("var __LCfile = __LCFile(culture);");
            w.Line("var all = new global::System.Collections.Generic.List<" + LocalizedString + ">();");
            foreach (var (_, member) in members)
            {
                // The keys the culture's own file holds; with includeParentCultures, every key (as the fallback serves it).
                var own = Enumerable.Range(0, member.Routes.Count).Where(f => member.Impls[member.Routes[f].Impl].File == f)
                    .Select(f => "__LCfile == " + f.ToString(CultureInfo.InvariantCulture)).ToList();
                var condition = own.Count == member.Routes.Count ? "" : "if (includeParentCultures" + string.Concat(own.Select(o => " || " + o)) + ") ";
                w.Line(condition + "all.Add(__LCLocalized(" + CSharpLiteral.String(member.Key) + ", null, culture));");
            }
            w.Line("return all;");
            w.Close();
            w.Line();

            w.Open("private static " + LocalizedString + " __LCLocalized(string name, " + w.Nullable("object[]") + " arguments, " + MessageEmitter.CultureInfoType + " culture)");
            w.Line("if (name is null) throw new global::System.ArgumentNullException(\"name\");");
            w.Line("var value = __LCText(name, arguments, culture);");
            w.Line("return value is null ? new " + LocalizedString + "(name, name, true, " + searched + ") : new " + LocalizedString + "(name, value, false, " + searched + ");");
            w.Close();
            w.Line();

            w.Doc("<summary>The key's text for the culture: with arguments, what its typed member writes for them; without, its\nraw text (as ResourceManager would return it). Null for an unknown key.</summary>");
            w.Open("private static " + w.Nullable("string") + " __LCText(string name, " + w.Nullable("object[]") + " a, " + MessageEmitter.CultureInfoType + " culture)");
            if (members.Count == 0)
            {
                w.Line("return null;");
            }
            else
            {
                w.Line("var v = For(culture);");
                if (model.Designer is null && members.Any(m => m.Member.IsMethod)) w.Line("var __LCfile = __LCFile(culture);");
                w.Open("switch (name)");
                foreach (var (index, member) in members)
                {
                    w.Line("case " + CSharpLiteral.String(member.Key) + ": return " + Text(model, member, index, args) + ";");
                }
                w.Line("default: return null;");
                w.Close();
            }
            w.Close();
            w.Close();
            if (model.Namespace.Length > 0) w.CloseNamespace();
            return w.Finish();
        }

        private static string Text(MessageClassModel model, ClassMember member, int index, string args)
        {
            if (!member.IsMethod) return "v." + member.Name;
            var texts = new EquatableArray<string>(member.Routes.Select(route => member.Impls[route.Impl].RawValue));
            var raw = model.Designer is not null ? "v." + member.Name
                : texts.Distinct().Count() == 1 ? CSharpLiteral.String(texts[0])
                : "(" + MessageEmitter.Switch(texts, CSharpLiteral.String) + ")";
            var method = model.Designer is null ? member.Name : model.Designer.Members[index].FormatName ?? member.Name;
            var count = member.Parameters.Count.ToString(CultureInfo.InvariantCulture);
            var converted = member.Parameters.Select((p, i) =>
                args + "." + Conversion(p.Type) + "(a, " + i.ToString(CultureInfo.InvariantCulture) + ", " + count + ", name)");
            return "a == null ? " + raw + " : v." + method + "(" + string.Join(", ", converted) + ")";
        }

        private static string Conversion(ParameterType type) => type switch
        {
            ParameterType.Decimal => "Number",
            ParameterType.DateTime => "Date",
            ParameterType.Formattable => "Formattable",
            ParameterType.Object => "Value",
            _ => "Text",
        };

        /// <summary>
        /// The file written once per compilation: the argument conversions the classes call, the factory that serves
        /// the compiled localizers (and hands other types to the factory registered before it), and, with dependency
        /// injection referenced, <c>AddLocalizedContent()</c>.
        /// </summary>
        /// <param name="classes">The generated classes: global::-qualified name and CLR full name.</param>
        public static SourceText EmitSupport(EquatableArray<LocalizerClass> classes, LocalizerTarget target, bool nullableAnnotations, string runtimeNamespace)
        {
            var w = SourceWriter.GeneratedFile(nullableAnnotations);
            var q = nullableAnnotations ? "?" : "";
            w.OpenNamespace(runtimeNamespace);
            WriteArguments(w, q, nullableAnnotations);
            WriteFactory(w, classes, q);
            w.CloseNamespace();
            if (target.DependencyInjection) WriteRegistration(w, classes, target, q, runtimeNamespace);
            return w.Finish();
        }

        private static void WriteArguments(SourceWriter w, string q, bool nullableAnnotations)
        {
            w.Doc("<summary>\nThe arguments of <c>IStringLocalizer[name, arguments]</c> converted to a message's parameters. Fewer\narguments than the message takes, or one of a type it cannot take, is a FormatException (string.Format, which\nResourceManagerStringLocalizer calls, throws one for too few arguments); extra arguments are ignored, as there.\n</summary>");
            w.Line(GeneratedClass.AttributeLine);
            w.Open("internal static class " + ArgumentsClass);
            w.Open("public static object" + q + " Value(object[] arguments, int index, int count, string name)");
            w.Line("if (arguments.Length < count) throw new global::System.FormatException(\"The message '\" + name + \"' takes \" + count + \" argument(s); \" + arguments.Length + \" given.\");");
            w.Line("return arguments[index];");
            w.Close();
            w.Line();
            w.Open("public static string" + q + " Text(object[] arguments, int index, int count, string name)");
            w.Line("var value = Value(arguments, index, count, name);");
            w.Line("var formattable = value as global::System.IFormattable;");
            w.Line("return value as string ?? (formattable != null ? formattable.ToString(null, global::System.Globalization.CultureInfo.CurrentCulture) : value?.ToString());");
            w.Close();
            w.Line();
            w.Open("public static decimal Number(object[] arguments, int index, int count, string name)");
            w.Line("var value = Value(arguments, index, count, name);");
            w.Line("var convertible = value as global::System.IConvertible;");
            w.Open("if (convertible != null)");
            w.Open("switch (convertible.GetTypeCode())");
            w.Line("case global::System.TypeCode.SByte: case global::System.TypeCode.Byte: case global::System.TypeCode.Int16: case global::System.TypeCode.UInt16:");
            w.Line("case global::System.TypeCode.Int32: case global::System.TypeCode.UInt32: case global::System.TypeCode.Int64: case global::System.TypeCode.UInt64:");
            w.Line("case global::System.TypeCode.Single: case global::System.TypeCode.Double: case global::System.TypeCode.Decimal:");
            w.Line("\ttry { return convertible.ToDecimal(global::System.Globalization.CultureInfo.InvariantCulture); }");
            w.Line("\tcatch (global::System.OverflowException) { break; }");
            w.Close();
            w.Close();
            w.Line("throw Mismatch(value, index, name, \"a number\");");
            w.Close();
            w.Line();
            w.Open("public static global::System.DateTime Date(object[] arguments, int index, int count, string name)");
            w.Line("var value = Value(arguments, index, count, name);");
            w.Line("if (value is global::System.DateTime) return (global::System.DateTime)value;");
            w.Line("if (value is global::System.DateTimeOffset) return ((global::System.DateTimeOffset)value).DateTime;");
            w.Line("#if NET6_0_OR_GREATER");
            w.Line("if (value is global::System.DateOnly) return ((global::System.DateOnly)value).ToDateTime(global::System.TimeOnly.MinValue);");
            w.Line("#endif");
            w.Line("throw Mismatch(value, index, name, \"a DateTime, DateTimeOffset or DateOnly\");");
            w.Close();
            w.Line();
            w.Open("public static global::System.IFormattable Formattable(object[] arguments, int index, int count, string name)");
            w.Line("var value = Value(arguments, index, count, name);");
            w.Line("if (value == null) return null" + (nullableAnnotations ? "!" : "") + "; // written as \"\", as string.Format writes null");
            w.Line("var formattable = value as global::System.IFormattable;");
            w.Line("if (formattable == null) throw Mismatch(value, index, name, \"IFormattable (a number or a date)\");");
            w.Line("return formattable;");
            w.Close();
            w.Line();
            w.Line("private static global::System.FormatException Mismatch(object" + q + " value, int index, string name, string expected) =>");
            w.Line("\tnew global::System.FormatException(\"Argument \" + index + \" of the message '\" + name + \"' must be \" + expected + \"; got \" + (value == null ? \"null\" : value.GetType().FullName) + \".\");");
            w.Close();
            w.Line();
        }

        private static void WriteFactory(SourceWriter w, EquatableArray<LocalizerClass> classes, string q)
        {
            w.Doc("<summary>\nServes the compiled localizers of this compilation's message classes (by type, or by the class's full\nname as base name) and hands any other resource source to the factory it wraps (null: a localizer that\nfinds nothing, as ResourceManagerStringLocalizer reports a missing resource).\n</summary>");
            w.Line(GeneratedClass.AttributeLine);
            w.Open("internal sealed class " + FactoryClass + " : " + Localization + "IStringLocalizerFactory");
            w.Line("private readonly " + Localization + "IStringLocalizerFactory" + q + " _next;");
            w.Line();
            w.Line("public " + FactoryClass + "(" + Localization + "IStringLocalizerFactory" + q + " next) { _next = next; }");
            w.Line();
            w.Open("public " + Localization + "IStringLocalizer Create(global::System.Type resourceSource)");
            w.Line("if (resourceSource == null) throw new global::System.ArgumentNullException(\"resourceSource\");");
            foreach (var c in classes) w.Line("if (resourceSource == typeof(" + c.Qualified + ")) return " + c.Qualified + "." + InstanceField + ";");
            w.Line("return _next != null ? _next.Create(resourceSource) : NotFound.Instance;");
            w.Close();
            w.Line();
            w.Open("public " + Localization + "IStringLocalizer Create(string baseName, string location)");
            w.Line("if (baseName == null) throw new global::System.ArgumentNullException(\"baseName\");");
            if (classes.Count > 0)
            {
                w.Line("var compiled = Compiled(baseName) ?? Compiled(location + \".\" + baseName);");
                w.Line("if (compiled != null) return compiled;");
            }
            w.Line("return _next != null ? _next.Create(baseName, location) : NotFound.Instance;");
            w.Close();
            if (classes.Count > 0)
            {
                w.Line();
                w.Open("private static " + Localization + "IStringLocalizer" + q + " Compiled(string fullName)");
                w.Open("switch (fullName)");
                foreach (var c in classes.GroupBy(c => c.FullName, System.StringComparer.Ordinal).Select(g => g.First()))
                {
                    w.Line("case " + CSharpLiteral.String(c.FullName) + ": return " + c.Qualified + "." + InstanceField + ";");
                }
                w.Line("default: return null;");
                w.Close();
                w.Close();
            }
            w.Line();
            w.Open("private sealed class NotFound : " + Localization + "IStringLocalizer");
            w.Line("public static readonly NotFound Instance = new NotFound();");
            w.Line();
            w.Line("public " + LocalizedString + " this[string name] => new " + LocalizedString + "(name, name, true);");
            w.Line();
            w.Line("public " + LocalizedString + " this[string name, params object[] arguments] => new " + LocalizedString + "(name, name, true);");
            w.Line();
            w.Line("public global::System.Collections.Generic.IEnumerable<" + LocalizedString + "> GetAllStrings(bool includeParentCultures) => new " + LocalizedString + "[0];");
            w.Close();
            w.Close();
        }

        private static void WriteRegistration(SourceWriter w, EquatableArray<LocalizerClass> classes, LocalizerTarget target, string q, string runtimeNamespace)
        {
            const string di = "global::Microsoft.Extensions.DependencyInjection.";
            var factory = "global::" + runtimeNamespace + "." + FactoryClass;
            w.Line();
            w.OpenNamespace("Microsoft.Extensions.DependencyInjection");
            w.Line(GeneratedClass.AttributeLine);
            w.Open("internal static class LocalizedContentServiceCollectionExtensions");
            w.Doc("<summary>\nRegisters the compiled <c>IStringLocalizer&lt;T&gt;</c> of every LocalizedContent message class of this\nassembly, and an <c>IStringLocalizerFactory</c> that serves them (DataAnnotations, IHtmlLocalizer&lt;T&gt;) and\nhands any other type to the factory registered before it (call <c>AddLocalization()</c> first).\n</summary>");
            w.Open("public static " + di + "IServiceCollection AddLocalizedContent(this " + di + "IServiceCollection services)");
            w.Line("if (services == null) throw new global::System.ArgumentNullException(\"services\");");
            w.Line(di + "ServiceDescriptor" + q + " previous = null;");
            w.Open("for (var i = services.Count - 1; i >= 0; i--)");
            w.Line("if (services[i].ServiceType != typeof(" + Localization + "IStringLocalizerFactory)" + (target.KeyedServices ? " || services[i].IsKeyedService" : "") + ") continue;");
            w.Line("previous = services[i];");
            w.Line("break;");
            w.Close();
            w.Line(di + "ServiceCollectionServiceExtensions.AddSingleton<" + Localization + "IStringLocalizerFactory>(services, provider => new " + factory + "(previous == null ? null : Previous(provider, previous)));");
            foreach (var c in classes)
            {
                w.Line(di + "ServiceCollectionServiceExtensions.AddSingleton<" + Localization + "IStringLocalizer<" + c.Qualified + ">>(services, " + c.Qualified + "." + InstanceField + ");");
            }
            w.Line("return services;");
            w.Close();
            w.Line();
            w.Open("private static " + Localization + "IStringLocalizerFactory Previous(global::System.IServiceProvider provider, " + di + "ServiceDescriptor descriptor)");
            w.Line("if (descriptor.ImplementationInstance != null) return (" + Localization + "IStringLocalizerFactory)descriptor.ImplementationInstance;");
            w.Line("if (descriptor.ImplementationFactory != null) return (" + Localization + "IStringLocalizerFactory)descriptor.ImplementationFactory(provider);");
            w.Line("return (" + Localization + "IStringLocalizerFactory)" + di + "ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType" + (q.Length > 0 ? "!" : "") + ");");
            w.Close();
            w.Close();
            w.CloseNamespace();
        }
    }
}
