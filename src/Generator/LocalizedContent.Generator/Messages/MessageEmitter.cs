using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Writes the C# for one message class. Only writes text: every decision (names, routes, profiles, parameter
    /// types, resolved date tokens) is in the model. Every value, key and comment goes through CSharpLiteral or
    /// XmlDocText, so any .resx compiles. The helpers all classes share are in the runtime class
    /// (<see cref="MessageRuntimeEmitter"/>).
    /// </summary>
    internal static class MessageEmitter
    {
        internal const string CultureInfoType = "global::System.Globalization.CultureInfo";

        /// <param name="target">What the consumer's C# and framework allow: nullable annotations, the stack buffer.</param>
        /// <param name="stringLocalizer">True when the class implements IStringLocalizer (LocalizerEmitter): not static.</param>
        public static SourceText Emit(MessageClassModel model, MessageTarget target, bool stringLocalizer = false)
        {
            var runtime = MessageRuntimeEmitter.QualifiedName(target.RuntimeNamespace);
            var w = SourceWriter.GeneratedFile(target.NullableAnnotations);
            if (model.Namespace.Length > 0) w.OpenNamespace(model.Namespace);

            var fileList = string.Join(", ", model.Files.Select(f => f.FileName));
            w.Doc("<summary>\nTyped messages from " + XmlDocText.Escape(fileList) + ". Each member reads the text for\n"
                + (model.Designer is null ? "" : "<see cref=\"Culture\"/>, else ") + "<see cref=\"" + CultureInfoType + ".CurrentUICulture\"/>; use <see cref=\"For\"/> to pick a culture.\n</summary>");
            w.Line(GeneratedClass.AttributeLine);
            w.Open(GeneratedClass.Declaration(model.ClassName, !stringLocalizer));

            // For(culture)
            w.Doc("<summary>\nThe messages for <paramref name=\"culture\"/> (null: the current UI culture), without changing\nCurrentUICulture. A key missing in the culture falls back to its parent culture, then the neutral file.\n</summary>");
            w.Open("public static Variant For(" + w.Nullable(CultureInfoType) + " culture)");
            w.Line("if (culture is null) return __LCCurrent();");
            w.Line("var last = __LCLastFor;");
            w.Line("if (last != null && global::System.Object.ReferenceEquals(last.Culture, culture)) return last.Variant;");
            w.Line("var variant = __LCResolve(culture);");
            w.Line("__LCLastFor = new __LCLast(culture, variant);");
            w.Line("return variant;");
            w.Close();
            w.Line();
            w.Line("// The variants of the last CurrentUICulture and the last culture passed to For: the culture walk runs once");
            w.Line("// per culture change, not per call. One reference each, so a thread never sees a torn pair.");
            w.Line("private static " + w.Nullable("__LCLast") + " __LCLastVariant;");
            w.Line("private static " + w.Nullable("__LCLast") + " __LCLastFor;");
            w.Line();
            w.Open("private sealed class __LCLast");
            w.Line("public readonly " + CultureInfoType + " Culture;");
            w.Line("public readonly Variant Variant;");
            w.Line("public __LCLast(" + CultureInfoType + " culture, Variant variant) { Culture = culture; Variant = variant; }");
            w.Close();
            w.Line();
            w.Line("// Inlined into every static member: the common case is a read, a compare and the member's switch.");
            w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
            w.Open("private static Variant __LCCurrent()");
            w.Line("var culture = " + (model.Designer is null ? "" : DesignerShapeEmitter.CultureField + " ?? ") + CultureInfoType + ".CurrentUICulture;");
            w.Line("var last = __LCLastVariant;");
            w.Line("if (last != null && global::System.Object.ReferenceEquals(last.Culture, culture)) return last.Variant;");
            w.Line("return __LCCurrentChanged(culture);");
            w.Close();
            w.Line();
            w.Open("private static Variant __LCCurrentChanged(" + CultureInfoType + " culture)");
            w.Line("var variant = __LCResolve(culture);");
            w.Line("__LCLastVariant = new __LCLast(culture, variant);");
            w.Line("return variant;");
            w.Close();
            w.Line();
            w.Open("private static Variant __LCResolve(" + CultureInfoType + " culture)");
            w.Line("var file = __LCFile(culture);");
            w.Line("return new Variant(file, __LCNumbering(culture, file), culture);");
            w.Close();
            w.Line();

            if (model.Designer is not null) DesignerShapeEmitter.WriteMembers(w, model, model.Designer);
            foreach (var member in model.Designer is null ? model.Members : EquatableArray<ClassMember>.Empty)
            {
                WriteDoc(w, model, member);
                if (member.IsMethod)
                {
                    w.Line("public static string " + member.Name + TypeParameters(member) + "(" + ParameterList(w, member) + ")" + Constraints(member) + " => __LCCurrent()." + member.Name + "(" + ArgumentList(member) + ");");
                    WriteDateOverloads(w, model, member, "public static string ", "For(null).");
                }
                else
                {
                    w.Line("public static string ", member.Name, " => __LCCurrent().", member.Name, ";");
                }
                w.Line();
            }

            var texts = TextTableEmitter.Plan(model);
            WriteVariant(w, model, texts);
            if (texts.Slots.Count > 0) TextTableEmitter.Write(w, model, texts);
            for (var m = 0; m < model.Members.Count; m++)
            {
                var member = model.Members[m];
                if (!member.IsMethod || texts.Calls.ContainsKey(m)) continue;
                for (var i = 0; i < member.Impls.Count; i++) WriteImpl(w, model, member, i, target.StackBuffer);
            }

            if (model.Files.Count == 1)
            {
                // One file: nothing to look up (CultureLookupEmitter would write an empty switch, warning CS1522).
                w.Line("private static int __LCFile(" + CultureInfoType + " culture) => 0;");
            }
            else
            {
                CultureLookupEmitter.Write(w, "__LCFile", model.Files.Select(f => f.Culture).ToList());
            }
            w.Line();
            WriteNumbering(w, model, runtime);
            WriteRuntimeAccess(w, model, runtime, target.StackBuffer);
            if (model.UsesDates) DateEmitter.WriteData(w, model);
            w.Close();
            if (model.Namespace.Length > 0) w.CloseNamespace();
            return w.Finish();
        }

        /// <param name="parameters">False for a member written as a property (the designer shape's raw text).</param>
        internal static void WriteDoc(SourceWriter w, MessageClassModel model, ClassMember member, bool parameters = true)
        {
            var doc = w.DocBuilder();
            var first = member.Impls[0];
            // The first file's text (the neutral one where there is one) and a short line per other culture, in the
            // summary (what IntelliSense shows) on one source line: every character here is parsed again on each build,
            // so a culture's line is its first few words (enough to tell the text, not to read it).
            doc.Append("<summary>");
            if (first.File != 0 || model.Files[0].Culture is not null) Label(doc, model, first.File);
            XmlDocText.Append(doc, first.RawValue, 160);
            for (var i = 1; i < member.Impls.Count; i++) XmlDocText.Append(Label(doc.Append("<br/>"), model, member.Impls[i].File), member.Impls[i].RawValue, 28);
            doc.Append("</summary>");
            foreach (var p in parameters ? member.Parameters : EquatableArray<MemberParameter>.Empty)
            {
                var what = p.FormatMeaning is not null ? "value formatted as " + p.FormatMeaning + " (an IFormattable)" : p.Kind == PlaceholderKind.Number ? "number" : p.Kind == PlaceholderKind.Choice ? "select value" : p.Kind == PlaceholderKind.Date ? "date, shown in the culture's calendar" : "inserted value";
                doc.Append("\n<param name=\"").Append(p.Identifier.TrimStart('@')).Append("\">{").Append(XmlDocText.Escape(p.Placeholder)).Append("}: the ").Append(what).Append(".</param>");
            }
            w.Doc(doc);
        }

        private static StringBuilder Label(StringBuilder doc, MessageClassModel model, int file) =>
            XmlDocText.Append(doc, model.Files[file].Culture ?? "neutral").Append(": ");

        // The helpers below are asked of every member, most of which have no parameters (or no type parameters): loops
        // that return "" for those, not LINQ over the (boxed) parameter array.

        internal static string ParameterList(SourceWriter w, ClassMember member)
        {
            var list = new string[member.Parameters.Count];
            for (var i = 0; i < list.Length; i++) list[i] = (member.Parameters[i].TypeParameter ?? TypeName(w, member.Parameters[i].Type)) + " " + member.Parameters[i].Identifier;
            return string.Join(", ", list);
        }

        /// <summary>The type parameters of a member with formatted .NET items (&lt;TArg0&gt;), or "".</summary>
        internal static string TypeParameters(ClassMember member, string open = "<", string close = ">")
        {
            if (!HasTypeParameters(member)) return "";
            var names = new List<string>();
            foreach (var p in member.Parameters) if (p.TypeParameter is not null) names.Add(p.TypeParameter);
            return open + string.Join(", ", names) + close;
        }

        internal static string Constraints(ClassMember member)
        {
            if (!HasTypeParameters(member)) return "";
            var constraints = new StringBuilder();
            foreach (var p in member.Parameters) if (p.TypeParameter is not null) constraints.Append(" where ").Append(p.TypeParameter).Append(" : global::System.IFormattable");
            return constraints.ToString();
        }

        private static bool HasTypeParameters(ClassMember member)
        {
            foreach (var p in member.Parameters) if (p.TypeParameter is not null) return true;
            return false;
        }

        /// <summary>The C# type of a parameter, annotated where the consumer's C# allows.</summary>
        private static string TypeName(SourceWriter w, ParameterType type) =>
            type is ParameterType.String or ParameterType.Object ? w.Nullable(TypeName(type)) : TypeName(type);

        /// <summary>The C# type of a parameter without annotation (as a cref names it).</summary>
        private static string TypeName(ParameterType type) => type switch
        {
            ParameterType.Decimal => "decimal",
            ParameterType.DateTime => "global::System.DateTime",
            ParameterType.Object => "object",
            _ => "string",
        };

        internal static string CrefParameters(ClassMember member)
        {
            var list = new string[member.Parameters.Count];
            for (var i = 0; i < list.Length; i++) list[i] = member.Parameters[i].TypeParameter ?? TypeName(member.Parameters[i].Type);
            return string.Join(", ", list);
        }

        internal static string ArgumentList(ClassMember member)
        {
            var list = new string[member.Parameters.Count];
            for (var i = 0; i < list.Length; i++) list[i] = member.Parameters[i].Identifier;
            return string.Join(", ", list);
        }

        private static void WriteVariant(SourceWriter w, MessageClassModel model, TextTable table)
        {
            w.Doc("<summary>The messages of one culture, as returned by <see cref=\"For\"/>: each member is the class's static member of the same name, documented there, for that culture.</summary>");
            w.Open("public readonly struct Variant");
            w.Line("private readonly int __LCfile;");
            w.Line("private readonly int __LCnumbering;");
            w.Line("private readonly " + CultureInfoType + " __LCculture;");
            var texts = table.Slots.Count > 0;
            if (texts) w.Line("private readonly string[] " + TextTableEmitter.Field + ";");
            w.Line();
            w.Open("internal Variant(int file, int numbering, " + CultureInfoType + " culture)");
            w.Line("__LCfile = file;");
            w.Line("__LCnumbering = numbering;");
            w.Line("__LCculture = culture;");
            if (texts) w.Line(TextTableEmitter.Field + " = __LCTable(file);");
            w.Close();
            if (model.Members.Count > 0) w.Line();
            // No doc comment per member: an <inheritdoc cref> line per member was a third of the time a build with
            // /doc (GenerateDocumentationFile) spent parsing this output; the static members carry the docs.
            if (model.Members.Count > 0) w.Line("#pragma warning disable CS1591 // documented on the static members");
            if (model.Designer is not null) DesignerShapeEmitter.WriteVariantMembers(w, model, model.Designer, table);
            for (var i = 0; i < (model.Designer is null ? model.Members.Count : 0); i++)
            {
                var member = model.Members[i];
                if (member.IsMethod)
                {
                    w.Line("public string " + member.Name + TypeParameters(member) + "(" + ParameterList(w, member) + ")" + Constraints(member) + " => " + table.Call(model, i) + ";");
                    WriteDateOverloads(w, model, member, "public string ", "", document: false);
                }
                else
                {
                    w.Line("public string ", member.Name, " => " + TextTableEmitter.Field + "[", table.SlotOf[i].ToString(CultureInfo.InvariantCulture), "];");
                }
            }
            if (model.Members.Count > 0) w.Line("#pragma warning restore CS1591");
            w.Close();
            w.Line();
        }

        /// <summary>A Variant method's body: the call of the implementation that serves the variant's file.</summary>
        internal static string VariantCall(MessageClassModel model, ClassMember member) => Switch(member, (route, impl) =>
        {
            var numbering = route.SameLanguage ? "__LCnumbering" : model.Files[impl.File].DefaultProfile.ToString(CultureInfo.InvariantCulture);
            var args = member.Parameters.Count == 0 ? "" : ", " + ArgumentList(member);
            return ImplName(member, route.Impl) + "(" + numbering + ", __LCculture" + args + ")";
        });

        /// <summary>
        /// A conditional chain over the resolved file on one line (files served by the same text share a branch), or
        /// the expression alone when every file is served by the same text. One line per member rather than a
        /// switch statement: the generated C# is parsed on every build, and for a 1,000-key class the statement's
        /// lines and indentation were most of the output. A conditional rather than a switch expression, which
        /// consumers at C# 7.3 (netstandard2.0 and .NET Framework projects by default) cannot compile.
        /// </summary>
        private static string Switch(ClassMember member, System.Func<MemberRoute, MemberImpl, string> expression) =>
            Switch(member.Routes, route => expression(route, member.Impls[route.Impl]));

        /// <summary>The chain of <see cref="Switch(ClassMember, System.Func{MemberRoute, MemberImpl, string})"/> over
        /// any per-file choice: files with equal choices share a branch.</summary>
        internal static string Switch<T>(EquatableArray<T> byFile, System.Func<T, string> expression)
            where T : System.IEquatable<T>
        {
            var groups = byFile.Select((route, file) => (route, file)).GroupBy(x => x.route).ToList();
            // The group serving the most files is the final else branch (ties: the last, as before).
            var largest = groups.Last();
            foreach (var g in groups) if (g.Count() > largest.Count()) largest = g;
            groups.Remove(largest);
            groups.Add(largest);
            if (groups.Count == 1) return expression(groups[0].Key);
            var chain = new System.Text.StringBuilder();
            for (var g = 0; g < groups.Count; g++)
            {
                var value = expression(groups[g].Key);
                if (g == groups.Count - 1)
                {
                    chain.Append(value);
                    break;
                }
                var tests = groups[g].Select(x => "__LCfile == " + x.file.ToString(CultureInfo.InvariantCulture)).ToList();
                chain.Append(tests.Count == 1 ? tests[0] : "(" + string.Join(" || ", tests) + ")").Append(" ? ").Append(value).Append(" : ");
            }
            return chain.ToString();
        }

        /// <summary>
        /// A DateTimeOffset overload (its clock time, as the caller's offset shows it) and, for members that show no
        /// time of day, a DateOnly overload for .NET 6+ consumers; both call the DateTime method.
        /// </summary>
        /// <param name="name">The method's name: the member's, or the designer shape's Format method.</param>
        /// <param name="document">False on Variant, whose members are documented on the static ones.</param>
        internal static void WriteDateOverloads(SourceWriter w, MessageClassModel model, ClassMember member, string head, string target, string? name = null, bool document = true)
        {
            if (!member.HasDates) return;
            name ??= member.Name;
            var cref = document ? "/// <inheritdoc cref=\"" + model.ClassName + "." + name + "(" + CrefParameters(member) + ")\"/>" : null;
            string Overload(string type, string convert) =>
                head + name + "(" + string.Join(", ", member.Parameters.Select(p => (p.Kind == PlaceholderKind.Date ? type : TypeName(w, p.Type)) + " " + p.Identifier)) + ") => "
                + target + name + "(" + string.Join(", ", member.Parameters.Select(p => p.Kind == PlaceholderKind.Date ? p.Identifier + convert : p.Identifier)) + ");";
            if (cref is not null) w.Line(cref);
            w.Line(Overload("global::System.DateTimeOffset", ".DateTime"));
            if (!member.DateOnlyOverload) return;
            w.Line("#if NET6_0_OR_GREATER");
            if (cref is not null) w.Line(cref);
            w.Line(Overload("global::System.DateOnly", ".ToDateTime(global::System.TimeOnly.MinValue)"));
            w.Line("#endif");
        }

        private static string ImplName(ClassMember member, int impl) => "__LC" + member.Name.TrimStart('@') + "_" + impl.ToString(CultureInfo.InvariantCulture);

        private static void WriteImpl(SourceWriter w, MessageClassModel model, ClassMember member, int index, bool stackBuffer)
        {
            var impl = member.Impls[index];
            var parts = impl.TextOrParts;
            var file = model.Files[impl.File];
            w.Line("// " + XmlDocText.Escape(file.FileName) + ", '" + XmlDocText.Escape(member.Key, 80).Replace("\\", "\\\\") + "'");
            w.Open("private static string " + ImplName(member, index) + TypeParameters(member) + "(int __num, " + CultureInfoType + " __culture" + (member.Parameters.Count == 0 ? "" : ", " + ParameterList(w, member)) + ")" + Constraints(member));
            var pieces = ConcatPieces(file, member, parts);
            if (pieces is not null)
            {
                // Only text and string arguments: string.Concat computes the length once and allocates the result only.
                w.Line("return " + Concat(pieces.Select(piece => piece.Text is null ? piece.Identifier! : CSharpLiteral.String(piece.Text)).ToList()) + ";");
                w.Close();
                w.Line();
                return;
            }
            var stackChars = StackChars(parts);
            if (BranchEmitter.TryWrite(w, file, member, parts, stackChars, stackBuffer))
            {
                w.Close();
                w.Line();
                return;
            }
            if (stackBuffer)
            {
                // Room for the longest text a branch writes and a few values; a longer text moves to a pooled array.
                w.Line("global::System.Span<char> __s = stackalloc char[" + stackChars.ToString(CultureInfo.InvariantCulture) + "];");
                w.Line("var __b = __LCBuilder(__num, __s);");
            }
            else
            {
                w.Line("var __b = __LCBuilder(__num);");
            }
            if (DateEmitter.NeedsParts(parts)) w.Line("int __y, __m, __d;");
            WriteParts(w, file, member, model.Currencies, parts);
            w.Line("return __b.ToString();");
            w.Close();
            w.Line();
        }

        /// <summary>The arguments of one string.Concat call (at most four: more would allocate an array), or null
        /// when the message has numbers, plurals or selects.</summary>
        /// <returns>Each piece is a text (<c>Text</c>) or a string parameter (<c>Identifier</c>).</returns>
        internal static List<(string? Text, string? Identifier)>? ConcatPieces(ClassFile file, ClassMember member, EquatableArray<MessagePart> parts)
        {
            // Asked of every implementation in every culture: nothing is made for one with numbers, plurals or selects.
            foreach (var part in parts)
                if (part is not TextPart && !(part is ArgumentPart a && Parameter(member, a.Name).Type == ParameterType.String)) return null;
            var pieces = new List<(string? Text, string? Identifier)>();
            var literal = (_literal ??= new StringBuilder()).Clear();
            foreach (var part in parts)
            {
                if (part is TextPart text)
                {
                    literal.Append(text.Text);
                    continue;
                }
                if (file.Isolate) literal.Append('\u2068');
                FlushLiteral(pieces, literal);
                pieces.Add((null, Parameter(member, ((ArgumentPart)part).Name).Identifier));
                if (file.Isolate) literal.Append('\u2069');
            }
            FlushLiteral(pieces, literal);
            return pieces.Count >= 1 && pieces.Count <= 4 ? pieces : null;
        }

        [System.ThreadStatic] private static StringBuilder? _literal;

        private static void FlushLiteral(List<(string? Text, string? Identifier)> pieces, StringBuilder literal)
        {
            if (literal.Length == 0) return;
            pieces.Add((literal.ToString(), null));
            literal.Clear();
        }

        /// <summary>A body's statements. Adjacent text (isolation marks included) is one Append: fewer lines to parse,
        /// the same characters appended.</summary>
        /// <summary>The expression that joins the pieces: string.Concat computes the length once and allocates the result only.</summary>
        internal static string Concat(List<string> pieces) =>
            pieces.Count == 1 ? pieces[0] + " ?? \"\"" : "string.Concat(" + string.Join(", ", pieces) + ")";

        private static void WriteParts(SourceWriter w, ClassFile file, ClassMember member, EquatableArray<string> currencies, EquatableArray<MessagePart> parts)
        {
            var text = new StringBuilder();
            foreach (var part in parts)
            {
                if (part is PluralPart or SelectPart) FlushText(w, text);
                switch (part)
                {
                    case TextPart t:
                        text.Append(t.Text);
                        break;
                    case ArgumentPart argument:
                        {
                            var p = Parameter(member, argument.Name);
                            Isolated(w, file, text, () =>
                            {
                                var style = argument.Style;
                                if (p.Kind == PlaceholderKind.Number && style is not null)
                                {
                                    var digits = ", " + style.MinFraction.ToString(CultureInfo.InvariantCulture) + ", " + style.MaxFraction.ToString(CultureInfo.InvariantCulture) + ");";
                                    var compact = p.Identifier + ", " + (style.Compact - 1).ToString(CultureInfo.InvariantCulture) + ", " + style.MinFraction.ToString(CultureInfo.InvariantCulture) + ", " + style.MaxFraction.ToString(CultureInfo.InvariantCulture);
                                    var plural = file.PluralRuleSet is null ? "5" : "__LC" + PluralRules.MethodName(file.PluralRuleSet) + "(__b.CompactValue(" + compact + "))";
                                    w.Line(style.Compact != 0 ? "__b.AppendCompact(" + compact + ", " + plural + ");"
                                        : style.CurrencyKey is { } currency ? "__b.AppendCurrency(" + p.Identifier + ", " + currencies.TakeWhile(c => c != currency).Count().ToString(CultureInfo.InvariantCulture) + digits
                                        : style.Percent ? "__b.AppendPercent(" + p.Identifier + ", " + (style.Scale ? "true" : "false") + digits
                                        : "__b.AppendNumber(" + p.Identifier + digits);
                                }
                                else if (p.Kind == PlaceholderKind.Number) w.Line("__b.AppendNumber(" + p.Identifier + ");");
                                else if (p.Type is ParameterType.Object or ParameterType.Formattable) w.Line("__b.AppendObject(" + p.Identifier + ", __culture);");
                                else w.Line("__b.Append(" + p.Identifier + ");");
                            });
                            break;
                        }
                    case FormatItemPart item:
                        {
                            // string.Format's text for the item (an object parameter as object, others unboxed).
                            var p = Parameter(member, item.Index.ToString(CultureInfo.InvariantCulture));
                            var method = p.Type == ParameterType.Object ? "__b.AppendItem(" : "__b.AppendFormattable(";
                            var format = item.Format is null ? "null" : CSharpLiteral.String(item.Format);
                            Isolated(w, file, text, () => w.Line(method + p.Identifier + ", " + format + ", " + item.Alignment.ToString(CultureInfo.InvariantCulture) + ", __culture);"));
                            break;
                        }
                    case DateFormatPart date:
                        {
                            var p = Parameter(member, date.Name);
                            Isolated(w, file, text, () => DateEmitter.Write(w, p.Identifier, date));
                            break;
                        }
                    case PoundPart pound:
                        {
                            var p = Parameter(member, pound.Name);
                            Isolated(w, file, text, () => w.Line("__b.AppendNumber(" + Minus(p.Identifier, pound.Offset) + ");"));
                            break;
                        }
                    case PluralPart plural:
                        WritePlural(w, file, member, currencies, plural);
                        break;
                    case SelectPart select:
                        WriteSelect(w, file, member, currencies, select);
                        break;
                }
            }
            FlushText(w, text);
        }

        private static void FlushText(SourceWriter w, StringBuilder text)
        {
            if (text.Length == 0) return;
            if (text.Length == 1) w.Line("__b.Append(" + CharLiteral(text[0]) + ");");
            else w.LiteralLine("__b.Append(", text.ToString(), ");");
            text.Clear();
        }

        private static void WritePlural(SourceWriter w, ClassFile file, ClassMember member, EquatableArray<string> currencies, PluralPart plural)
        {
            var p = Parameter(member, plural.Name);
            var layout = PluralLayout.Of(plural, file);
            var keyword = "if";
            foreach (var (value, c) in layout.Exact)
            {
                w.Open(keyword + " (" + p.Identifier + " == " + value.ToString(CultureInfo.InvariantCulture) + "m)");
                WriteParts(w, file, member, currencies, c.Body);
                w.Close();
                keyword = "else if";
            }
            if (layout.Exact.Count > 0) w.Open("else");
            if (layout.Switch)
            {
                w.Open(PluralLayout.SwitchLine(file, p.Identifier, plural.Offset));
                foreach (var (categories, body) in layout.Sections)
                {
                    foreach (var category in categories) w.Line(PluralLayout.CaseLabel(category));
                    w.Indent();
                    WriteParts(w, file, member, currencies, body);
                    w.Line("break;");
                    w.Dedent();
                }
                foreach (var category in layout.DefaultCategories) w.Line(PluralLayout.CaseLabel(category));
                w.Line("default: // other");
                w.Indent();
                if (layout.Other is not null) WriteParts(w, file, member, currencies, layout.Other.Body);
                w.Line("break;");
                w.Dedent();
                w.Close();
            }
            else if (layout.Other is not null)
            {
                WriteParts(w, file, member, currencies, layout.Other.Body);
            }
            if (layout.Exact.Count > 0) w.Close();
        }

        private static void WriteSelect(SourceWriter w, ClassFile file, ClassMember member, EquatableArray<string> currencies, SelectPart select)
        {
            w.Open("switch (" + SelectSubject(Parameter(member, select.Name)) + ")");
            foreach (var c in select.Cases.Where(c => c.Selector != "other"))
            {
                w.Line("case " + CSharpLiteral.String(c.Selector) + ":");
                w.Indent();
                WriteParts(w, file, member, currencies, c.Body);
                w.Line("break;");
                w.Dedent();
            }
            w.Line("default:");
            w.Indent();
            var other = select.Cases.FirstOrDefault(c => c.Selector == "other");
            if (other is not null) WriteParts(w, file, member, currencies, other.Body);
            w.Line("break;");
            w.Dedent();
            w.Close();
        }

        /// <summary>What a select compares with its cases: the parameter's text, invariant for numbers.</summary>
        internal static string SelectSubject(MemberParameter p) => p.Kind == PlaceholderKind.Number
            ? p.Identifier + ".ToString(" + CultureInfoType + ".InvariantCulture)"
            : p.Type is ParameterType.Object or ParameterType.Formattable ? "global::System.Convert.ToString(" + p.Identifier + ", " + CultureInfoType + ".InvariantCulture)" : p.Identifier;

        /// <summary>FSI … PDI around an inserted value in right-to-left messages (what Fluent does), so a Latin
        /// name or a number cannot reorder the sentence around it.</summary>
        private static void Isolated(SourceWriter w, ClassFile file, StringBuilder text, System.Action write)
        {
            if (file.Isolate) text.Append('\u2068');
            FlushText(w, text);
            write();
            if (file.Isolate) text.Append('\u2069');
        }

        /// <summary>The chars of a method's stack buffer: its longest text with 32 per inserted value, rounded up to
        /// 32, from 32 to 256 (the buffer is zeroed on each call, so no bigger than most texts need).</summary>
        private static int StackChars(EquatableArray<MessagePart> parts) =>
            System.Math.Max(32, System.Math.Min(256, (MessageParts.LongestText(parts, 32) + 31) / 32 * 32));

        internal static MemberParameter Parameter(ClassMember member, string name) => member.Parameters.First(p => p.Placeholder == name);

        internal static string Minus(string identifier, decimal offset) =>
            offset == 0 ? identifier : "(" + identifier + " - " + offset.ToString(CultureInfo.InvariantCulture) + "m)";

        internal static string CharLiteral(char c)
        {
            var s = CSharpLiteral.String(c.ToString());
            var inner = s.Substring(1, s.Length - 2);
            if (inner == "\\\"") inner = "\"";
            if (inner == "'") inner = "\\'";
            return "'" + inner + "'";
        }

        /// <summary>
        /// Private forwarders to the compilation's runtime class: its global::-qualified name is written here once
        /// per class rather than at every use (each message method), which every build would parse again; a
        /// __LC name cannot be a key's member (keys that start with __LC are renamed). The JIT inlines them.
        /// </summary>
        private static void WriteRuntimeAccess(SourceWriter w, MessageClassModel model, string runtime, bool stackBuffer)
        {
            w.Line();
            w.Line("// The compilation's shared helpers (" + runtime.Substring("global::".Length) + ").");
            w.Line(stackBuffer
                ? "private static " + runtime + ".Builder __LCBuilder(int profile, global::System.Span<char> buffer) => " + runtime + ".Builder.Create(__LCNumbers[profile], buffer);"
                : "private static " + runtime + ".Builder __LCBuilder(int profile) => " + runtime + ".Builder.Create(__LCNumbers[profile]);");
            foreach (var ruleSet in model.PluralRuleSets)
            {
                var method = PluralRules.MethodName(ruleSet);
                w.Line("private static int __LC" + method + "(decimal value) => " + runtime + "." + method + "(value);");
            }
            if (!model.UsesDates) return;
            w.Line("private static void __LCDateParts(global::System.DateTime value, int calendar, out int year, out int month, out int day) => "
                + runtime + ".DateParts(value, calendar, out year, out month, out day);");
            if (model.UsesWeekYear) w.Line("private static int __LCWeekYear(global::System.DateTime value, int calendar, int firstDay, int minDays) => " + runtime + ".WeekYear(value, calendar, firstDay, minDays);");
        }

        private static void WriteNumbering(SourceWriter w, MessageClassModel model, string runtime)
        {
            w.Line("// Number symbols per profile (CLDR numbering systems): zero digit, decimal and group separators, minus sign, grouping.");
            w.Open("private static readonly " + runtime + ".NumberSymbols[] __LCNumbers =");
            foreach (var p in model.Profiles)
            {
                // Grouping only where it differs from #,##0 with minimumGroupingDigits 1 (the constructor's defaults).
                var grouping = p.PrimaryGrouping == 3 && p.SecondaryGrouping == 3 && p.MinimumGrouping == 1 ? ""
                    : ", " + p.PrimaryGrouping.ToString(CultureInfo.InvariantCulture) + ", " + p.SecondaryGrouping.ToString(CultureInfo.InvariantCulture) + ", " + p.MinimumGrouping.ToString(CultureInfo.InvariantCulture);
                // The percent pattern only in classes with percents (the builder leaves the defaults elsewhere).
                var percent = (p.PercentPrefix.Length != 0 ? ", percentPrefix: " + CSharpLiteral.String(p.PercentPrefix) : "")
                    + (p.PercentSuffix != "%" ? ", percentSuffix: " + CSharpLiteral.String(p.PercentSuffix) : "")
                    + (p.PercentPrimaryGrouping != 3 ? ", percentPrimaryGrouping: " + p.PercentPrimaryGrouping.ToString(CultureInfo.InvariantCulture) : "")
                    + (p.PercentSecondaryGrouping != 3 ? ", percentSecondaryGrouping: " + p.PercentSecondaryGrouping.ToString(CultureInfo.InvariantCulture) : "");
                // Currencies only in classes that show amounts: the grouping of the currency pattern, and per currency
                // the text before and after a positive and a negative amount and the decimal and group separators.
                if (p.CurrencyAffixes.Count > 0)
                {
                    var (primary, secondary) = Currencies.Grouping(p.CurrencyPattern);
                    percent += (primary != 3 ? ", currencyPrimaryGrouping: " + primary.ToString(CultureInfo.InvariantCulture) : "")
                        + (secondary != 3 ? ", currencySecondaryGrouping: " + secondary.ToString(CultureInfo.InvariantCulture) : "")
                        + ", currency: new[] { " + string.Join(", ", p.CurrencyAffixes.Select(CSharpLiteral.String)) + " }"
                        + (p.CultureCurrencyDigits != 2 ? ", cultureCurrencyDigits: " + p.CultureCurrencyDigits.ToString(CultureInfo.InvariantCulture) : "");
                }
                // Compact patterns only in classes with compact numbers, and only the lengths they show.
                if (p.Compact.Count > 0) percent += ", compact: new[] { " + string.Join(", ", p.Compact.Select(CSharpLiteral.String)) + " }";
                w.Line("new " + runtime + ".NumberSymbols(" + CharLiteral(p.Zero) + ", " + CSharpLiteral.String(p.Decimal) + ", " + CSharpLiteral.String(p.Group) + ", " + CSharpLiteral.String(p.Minus) + grouping + percent + "),");
            }
            w.Close("};");
            w.Line();
            w.Line("// The digits follow the requested culture (ar-MA: Latin) when the text is in its language; else the text's own.");
            w.Open("private static int __LCNumbering(" + CultureInfoType + " culture, int file)");
            w.Open("switch (file)");
            for (var i = 0; i < model.Files.Count; i++)
            {
                var f = model.Files[i];
                w.Open(i == model.Files.Count - 1 ? "default:" : "case " + i.ToString(CultureInfo.InvariantCulture) + ":");
                w.Open("for (var c = culture; c.Name.Length != 0 && !global::System.Object.ReferenceEquals(c, c.Parent); c = c.Parent)");
                w.Open("switch (c.Name)");
                foreach (var cp in f.CultureProfiles) w.Line("case " + CSharpLiteral.String(cp.CultureName) + ": return " + cp.Profile.ToString(CultureInfo.InvariantCulture) + ";");
                w.Close();
                w.Close();
                w.Line("return " + f.DefaultProfile.ToString(CultureInfo.InvariantCulture) + ";");
                w.Close();
            }
            w.Close();
            w.Close();
        }
    }
}
