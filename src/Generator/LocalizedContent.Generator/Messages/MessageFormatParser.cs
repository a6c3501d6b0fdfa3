using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>The result of parsing one message: its parts, or the first error and where it is.</summary>
    /// <param name="Problems">Date and time formats the generator cannot write (LC1032): the message is still
    /// compiled, with the medium style in their place.</param>
    internal sealed record MessageParseResult(EquatableArray<MessagePart> Parts, string? Error, int ErrorOffset, EquatableArray<string> Problems);

    /// <summary>
    /// Parses ICU MessageFormat (the subset the generator compiles): text with ICU apostrophe quoting,
    /// <c>{name}</c>, <c>{name, number}</c> with a style or skeleton (<see cref="NumberSkeletons"/>), <c>{name, plural, …}</c> with <c>offset:</c>, <c>=N</c> and <c>#</c>,
    /// <c>{name, select, …}</c>, nested. .NET composite <c>{0}</c> is an ICU argument named "0". Everything else is an
    /// error with its offset, never an exception: a generator that throws breaks the user's build.
    /// </summary>
    internal sealed class MessageFormatParser
    {
        private const int MaxDepth = 32; // deeper nesting is not a real message; it would only overflow the stack

        private static readonly char[] Syntax = { '{', '}', '\'' };

        private static readonly HashSet<string> PluralKeywords = new HashSet<string>(PluralRules.CategoryOrder);

        private readonly string _text;
        private readonly List<string> _problems = new List<string>();
        private readonly StringBuilder _literal = new StringBuilder();
        private int _pos;

        private MessageFormatParser(string text) => _text = text;

        private sealed class ParseException : System.Exception
        {
            public ParseException(string message, int offset) : base(message) => Offset = offset;
            public int Offset { get; }
        }

        /// <summary>True for a value without braces or apostrophes (most values): every reading of it is its text.</summary>
        public static bool IsText(string value) => value.IndexOfAny(Syntax) < 0;

        public static MessageParseResult Parse(string text)
        {
            if (IsText(text)) return new MessageParseResult(MessageParts.Text(text), null, 0, EquatableArray<string>.Empty);
            var parser = new MessageFormatParser(text);
            try
            {
                var parts = parser.ParseMessage(0, null);
                if (parser._pos < text.Length) throw new ParseException("unmatched '}'", parser._pos);
                var result = parts.ToEquatableArray();
                var conflict = DateKindConflict(result);
                if (conflict is not null) throw new ParseException("'" + conflict + "' is used both as a date or time and as another kind of value; a parameter has one type", 0);
                return new MessageParseResult(result, null, 0, parser._problems.Count == 0 ? EquatableArray<string>.Empty : parser._problems.ToEquatableArray());
            }
            catch (ParseException e)
            {
                return new MessageParseResult(EquatableArray<MessagePart>.Empty, e.Message + " at character " + (e.Offset + 1).ToString(CultureInfo.InvariantCulture), e.Offset, EquatableArray<string>.Empty);
            }
        }

        /// <summary>Text and arguments up to the end, or up to the '}' that closes a case (not consumed).</summary>
        private List<MessagePart> ParseMessage(int depth, PoundPart? pound)
        {
            if (depth > MaxDepth) throw new ParseException("messages nested deeper than " + MaxDepth, _pos);
            var parts = new List<MessagePart>();
            // One builder for the whole message: it is flushed before each argument, so a nested message starts and
            // leaves it empty.
            var text = _literal;
            void Flush()
            {
                if (text.Length == 0) return;
                parts.Add(new TextPart(text.ToString()));
                text.Clear();
            }

            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == '\'')
                {
                    ReadApostrophe(text, pound is not null);
                    continue;
                }
                if (c == '{')
                {
                    Flush();
                    parts.Add(ParseArgument(depth, pound));
                    continue;
                }
                if (c == '}')
                {
                    if (depth == 0) throw new ParseException("unmatched '}' (write '}' as '}' inside apostrophes: ''}'')", _pos);
                    break;
                }
                if (c == '#' && pound is not null)
                {
                    Flush();
                    parts.Add(pound);
                    _pos++;
                    continue;
                }
                text.Append(c);
                _pos++;
            }
            if (depth > 0 && _pos >= _text.Length) throw new ParseException("unclosed '{'", _text.Length);
            Flush();
            return parts;
        }

        /// <summary>
        /// ICU's apostrophe rule (DOUBLE_OPTIONAL): '' is one apostrophe; an apostrophe before { } (or # in a
        /// plural) starts quoted literal text up to the next single apostrophe; any other apostrophe is literal,
        /// so "don't" needs no escaping.
        /// </summary>
        private void ReadApostrophe(StringBuilder text, bool inPlural)
        {
            var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
            if (next == '\'')
            {
                text.Append('\'');
                _pos += 2;
                return;
            }
            if (next == '{' || next == '}' || next == '|' || (inPlural && next == '#'))
            {
                _pos++;
                while (_pos < _text.Length)
                {
                    var c = _text[_pos];
                    if (c == '\'')
                    {
                        if (_pos + 1 < _text.Length && _text[_pos + 1] == '\'')
                        {
                            text.Append('\'');
                            _pos += 2;
                            continue;
                        }
                        _pos++;
                        return;
                    }
                    text.Append(c);
                    _pos++;
                }
                return; // ICU quotes to the end when the closing apostrophe is missing
            }
            text.Append('\'');
            _pos++;
        }

        private MessagePart ParseArgument(int depth, PoundPart? pound)
        {
            var open = _pos;
            _pos++; // {
            SkipWhite();
            var name = ReadName();
            if (name.Length == 0) throw new ParseException("an argument needs a name ({name} or {0})", _pos);
            if (char.IsDigit(name[0]) && !IsNumber(name)) throw new ParseException("argument '" + name + "' starts with a digit but is not a number", open);
            SkipWhite();
            if (Peek() == '}')
            {
                _pos++;
                return new ArgumentPart(name, IsNumber: false);
            }
            if (Peek() == ':' && IsNumber(name))
            {
                throw new ParseException(".NET format strings such as {" + name + ":N0} are not supported; write {" + name + ", number}", _pos);
            }
            Expect(',');
            SkipWhite();
            var typeStart = _pos;
            var type = ReadName();
            SkipWhite();
            switch (type)
            {
                case "number":
                    if (Peek() != ',')
                    {
                        Expect('}');
                        return new ArgumentPart(name, IsNumber: true);
                    }
                    _pos++;
                    var styleStart = _pos;
                    while (_pos < _text.Length && _text[_pos] != '}' && _text[_pos] != '{') _pos++;
                    var style = NumberSkeletons.Parse(_text.Substring(styleStart, _pos - styleStart).Trim(), out var problem);
                    if (style is null) throw new ParseException(problem + " on '" + name + "'", styleStart);
                    Expect('}');
                    return new ArgumentPart(name, IsNumber: true, style.IsDefault ? null : style);
                case "plural":
                    Expect(',');
                    return ParsePlural(name, depth);
                case "select":
                    Expect(',');
                    return ParseSelect(name, depth, pound);
                case "date":
                case "time":
                    return ParseDate(name, type == "time");
                case "":
                    throw new ParseException("expected an argument type (number, date, time, plural or select)", typeStart);
                default:
                    throw new ParseException("argument type '" + type + "' is not supported (number, date, time, plural and select are)", typeStart);
            }
        }

        /// <summary>
        /// <c>{when, date}</c>, <c>{when, date, long}</c>, <c>{when, time, short}</c>, <c>{when, date, ::yMMMMd}</c>,
        /// <c>{when, date, ::yMMMMd@calendar=persian}</c>. A style or skeleton the generator cannot write is a
        /// problem (LC1032), not a syntax error: the argument keeps its DateTime parameter and the medium style.
        /// </summary>
        private DateArgumentPart ParseDate(string name, bool isTime)
        {
            var kind = isTime ? "time" : "date";
            SkipWhite();
            if (Peek() == '}')
            {
                _pos++;
                return new DateArgumentPart(name, isTime, "medium", null, null);
            }
            Expect(',');
            var start = _pos;
            while (_pos < _text.Length && _text[_pos] != '}' && _text[_pos] != '{') _pos++;
            var format = _text.Substring(start, _pos - start).Trim();
            Expect('}');
            var fallback = new DateArgumentPart(name, isTime, "medium", null, null);
            if (format.StartsWith("::", System.StringComparison.Ordinal))
            {
                var skeleton = format.Substring(2).Trim();
                CalendarKind? calendar = null;
                var at = skeleton.IndexOf('@');
                if (at >= 0)
                {
                    foreach (var keyword in skeleton.Substring(at + 1).Split(';'))
                    {
                        var eq = keyword.IndexOf('=');
                        var key = eq < 0 ? keyword.Trim() : keyword.Substring(0, eq).Trim();
                        var value = eq < 0 ? "" : keyword.Substring(eq + 1).Trim();
                        if (key != "calendar")
                        {
                            _problems.Add("'" + format + "' on '" + name + "': the skeleton keyword '" + key + "' is not supported (only @calendar= is)");
                            return fallback;
                        }
                        calendar = Calendars.Parse(value);
                        if (calendar is null)
                        {
                            _problems.Add("'" + format + "' on '" + name + "': " + (Calendars.Unsupported(value) ?? "'" + value + "' is not a calendar (" + Calendars.Expected + ")"));
                            return fallback;
                        }
                    }
                    skeleton = skeleton.Substring(0, at).Trim();
                }
                var problem = DatePatterns.CheckSkeleton(skeleton);
                if (problem is not null)
                {
                    _problems.Add("'" + format + "' on '" + name + "': " + problem);
                    return fallback;
                }
                return new DateArgumentPart(name, isTime, null, skeleton, calendar);
            }
            var styles = isTime ? DatePatterns.TimeStyleNames : DatePatterns.DateStyleNames;
            if (System.Array.IndexOf(styles, format) >= 0) return new DateArgumentPart(name, isTime, format, null, null);
            _problems.Add(isTime && (format == "long" || format == "full")
                ? "'" + format + "' on '" + name + "': the long and full time styles show a time zone, which is not supported; use short or medium, or a skeleton such as ::Hms"
                : "'" + format + "' on '" + name + "' is not a " + kind + " style (" + string.Join(", ", styles) + ") or a skeleton (::yMMMMd, ::Hm)");
            return fallback;
        }

        /// <summary>A name used as a date or time and also as text, number or select, or null.</summary>
        private static string? DateKindConflict(EquatableArray<MessagePart> parts)
        {
            if (!MessageParts.UsesDates(parts)) return null; // most messages: no sets to make
            var dates = new HashSet<string>();
            var others = new HashSet<string>();
            void Walk(EquatableArray<MessagePart> list)
            {
                foreach (var part in list)
                {
                    switch (part)
                    {
                        case DateArgumentPart d: dates.Add(d.Name); break;
                        case ArgumentPart a: others.Add(a.Name); break;
                        case PoundPart p: others.Add(p.Name); break;
                        case PluralPart p:
                            others.Add(p.Name);
                            foreach (var c in p.Cases) Walk(c.Body);
                            break;
                        case SelectPart s:
                            others.Add(s.Name);
                            foreach (var c in s.Cases) Walk(c.Body);
                            break;
                    }
                }
            }
            Walk(parts);
            foreach (var name in dates) if (others.Contains(name)) return name;
            return null;
        }

        private PluralPart ParsePlural(string name, int depth)
        {
            SkipWhite();
            decimal offset = 0;
            if (string.CompareOrdinal(_text, _pos, "offset:", 0, 7) == 0)
            {
                _pos += 7;
                SkipWhite();
                var start = _pos;
                var number = ReadName();
                if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out offset))
                {
                    throw new ParseException("offset must be a number", start);
                }
            }
            var pound = new PoundPart(name, offset);
            var cases = ParseCases(depth, pound, selector =>
            {
                if (selector.StartsWith("=", System.StringComparison.Ordinal))
                {
                    return decimal.TryParse(selector.Substring(1), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                        ? null : "'" + selector + "' is not an exact value (=0, =5)";
                }
                return PluralKeywords.Contains(selector) ? null : "'" + selector + "' is not a plural category (zero, one, two, few, many, other) or an exact value (=5)";
            });
            return new PluralPart(name, offset, cases);
        }

        // '#' inside a select that is inside a plural still means the plural's count (ICU).
        private SelectPart ParseSelect(string name, int depth, PoundPart? pound) =>
            new SelectPart(name, ParseCases(depth, pound, _ => null));

        private EquatableArray<MessageCase> ParseCases(int depth, PoundPart? pound, System.Func<string, string?> checkSelector)
        {
            var cases = new List<MessageCase>();
            var seen = new HashSet<string>();
            while (true)
            {
                SkipWhite();
                if (Peek() == '}')
                {
                    _pos++;
                    break;
                }
                if (_pos >= _text.Length) throw new ParseException("unclosed '{'", _pos);
                var start = _pos;
                var selector = ReadName();
                if (selector.Length == 0) throw new ParseException("expected a case keyword", _pos);
                var problem = checkSelector(selector);
                if (problem is not null) throw new ParseException(problem, start);
                if (!seen.Add(selector)) throw new ParseException("case '" + selector + "' appears twice", start);
                SkipWhite();
                Expect('{');
                var body = ParseMessage(depth + 1, pound);
                Expect('}');
                cases.Add(new MessageCase(selector, body.ToEquatableArray()));
            }
            if (cases.Count == 0) throw new ParseException("a plural or select needs at least one case", _pos);
            return cases.ToEquatableArray();
        }

        /// <summary>ICU's keywords and CLDR's plural categories: the selectors of every plural case are these, and a
        /// generator run keeps every parsed message, so each is one string rather than one per case.</summary>
        private static readonly string[] CommonNames =
            PluralRules.CategoryOrder.Concat(new[] { "plural", "select", "selectordinal", "number", "date", "time", "offset" }).ToArray();

        /// <summary>A name, keyword or number: everything up to white space or ICU syntax characters.</summary>
        private string ReadName()
        {
            var start = _pos;
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (char.IsWhiteSpace(c) || c == '{' || c == '}' || c == ',' || c == '\'' || c == '#' || c == ':') break;
                _pos++;
            }
            var length = _pos - start;
            foreach (var name in CommonNames)
            {
                if (name.Length == length && string.CompareOrdinal(_text, start, name, 0, length) == 0) return name;
            }
            return _text.Substring(start, length);
        }

        /// <summary>
        /// The placeholders a message uses, in order of first use; a name used both as text and as a number is a
        /// number (the stronger use decides the parameter type).
        /// </summary>
        public static EquatableArray<Placeholder> Placeholders(EquatableArray<MessagePart> parts)
        {
            var any = false;
            foreach (var part in parts) any |= part is not TextPart;
            if (!any) return EquatableArray<Placeholder>.Empty; // most values: no maps to make
            var order = new List<string>();
            var kinds = new Dictionary<string, PlaceholderKind>();
            void Use(string name, PlaceholderKind kind)
            {
                if (!kinds.TryGetValue(name, out var old))
                {
                    order.Add(name);
                    kinds[name] = kind;
                }
                else if (kind > old)
                {
                    kinds[name] = kind;
                }
            }
            void Walk(EquatableArray<MessagePart> list)
            {
                foreach (var part in list)
                {
                    switch (part)
                    {
                        case ArgumentPart a: Use(a.Name, a.IsNumber ? PlaceholderKind.Number : PlaceholderKind.Text); break;
                        case DateArgumentPart d: Use(d.Name, PlaceholderKind.Date); break;
                        case PoundPart p: Use(p.Name, PlaceholderKind.Number); break;
                        case PluralPart p:
                            Use(p.Name, PlaceholderKind.Number);
                            foreach (var c in p.Cases) Walk(c.Body);
                            break;
                        case SelectPart s:
                            Use(s.Name, PlaceholderKind.Choice);
                            foreach (var c in s.Cases) Walk(c.Body);
                            break;
                    }
                }
            }
            Walk(parts);
            // Positional arguments first, by number, so {1} of {0} still takes (arg0, arg1).
            var positional = new List<string>();
            var named = new List<string>();
            foreach (var name in order) (char.IsDigit(name[0]) ? positional : named).Add(name);
            positional.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
            var result = new List<Placeholder>();
            foreach (var name in positional) result.Add(new Placeholder(name, kinds[name]));
            foreach (var name in named) result.Add(new Placeholder(name, kinds[name]));
            return result.ToEquatableArray();
        }

        private static bool IsNumber(string s)
        {
            foreach (var c in s) if (c < '0' || c > '9') return false;
            return s.Length > 0 && (s.Length == 1 || s[0] != '0');
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private void Expect(char c)
        {
            SkipWhite();
            if (Peek() != c)
            {
                throw new ParseException(_pos >= _text.Length ? "expected '" + c + "' but the message ended" : "expected '" + c + "' but found '" + _text[_pos] + "'", _pos);
            }
            _pos++;
        }

        private void SkipWhite()
        {
            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
        }
    }
}
