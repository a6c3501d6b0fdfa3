using System;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>Questions the builders ask of a parsed message's parts, looking into plural and select cases.</summary>
    internal static class MessageParts
    {
        /// <summary>The parts of a message that is only text: none for an empty one.</summary>
        public static EquatableArray<MessagePart> Text(string text) =>
            text.Length == 0 ? EquatableArray<MessagePart>.Empty : new EquatableArray<MessagePart>(new MessagePart[] { new TextPart(text) });

        /// <summary>The text parts joined (one part, the most common, is its own text); other parts are left out.</summary>
        public static string JoinedText(EquatableArray<MessagePart> parts)
        {
            if (parts.Count == 1 && parts[0] is TextPart only) return only.Text;
            var text = new System.Text.StringBuilder();
            foreach (var part in parts) if (part is TextPart t) text.Append(t.Text);
            return text.ToString();
        }

        /// <summary>True when the message has a plural anywhere (a select's cases included): its file's plural
        /// function must be emitted.</summary>
        public static bool UsesPlural(EquatableArray<MessagePart> parts) => Any(parts, 0, static (p, _) => p is PluralPart);

        public static bool UsesDates(EquatableArray<MessagePart> parts) => Any(parts, 0, static (p, _) => p is DateArgumentPart);

        /// <summary>True when a number is written as a percent: the profiles then carry the percent patterns.</summary>
        public static bool UsesPercent(EquatableArray<MessagePart> parts) => Any(parts, 0, static (p, _) => p is ArgumentPart a && a.Style is { Percent: true });

        /// <summary>The currencies (code and width, <see cref="NumberStyle.CurrencyKey"/>) the message shows, in order.</summary>
        public static void AddCurrencies(EquatableArray<MessagePart> parts, System.Collections.Generic.List<string> currencies)
        {
            Any(parts, currencies, static (p, currencies) =>
            {
                if (p is ArgumentPart { Style.CurrencyKey: { } key } && !currencies.Contains(key)) currencies.Add(key);
                return false;
            });
        }

        /// <summary>True when a number is written in compact notation of the length (<see cref="LocaleData.Compact.Short"/>, Long).</summary>
        public static bool UsesCompact(EquatableArray<MessagePart> parts, int length) => Any(parts, length, static (p, length) => p is ArgumentPart a && a.Style is { } s && s.Compact == length + 1);

        public static bool ShowsTime(EquatableArray<MessagePart> parts) => Any(parts, 0, static (p, _) => p is DateArgumentPart d && d.ShowsTime);

        /// <summary>The most characters a path through the parts writes, counting <paramref name="perValue"/> for each
        /// inserted value (an argument, #, a date, a format item).</summary>
        public static int LongestText(EquatableArray<MessagePart> parts, int perValue)
        {
            // Loops, not LINQ: asked of every message with logic, in every culture.
            var sum = 0;
            foreach (var p in parts)
            {
                switch (p)
                {
                    case TextPart t: sum += t.Text.Length; break;
                    case PluralPart pl: sum += LongestCase(pl.Cases, perValue); break;
                    case SelectPart s: sum += LongestCase(s.Cases, perValue); break;
                    default: sum += perValue; break;
                }
            }
            return sum;
        }

        private static int LongestCase(EquatableArray<MessageCase> cases, int perValue)
        {
            var longest = 0;
            foreach (var c in cases) longest = Math.Max(longest, LongestText(c.Body, perValue));
            return longest;
        }

        /// <param name="state">What the test reads besides the part: static tests with their state allocate no
        /// closure (the builders ask this several times of every message).</param>
        private static bool Any<TState>(EquatableArray<MessagePart> parts, TState state, Func<MessagePart, TState, bool> test)
        {
            // Loops, not LINQ: the class builder asks this of every part of every message, and most are plain text.
            foreach (var p in parts)
            {
                if (test(p, state)) return true;
                var cases = p is PluralPart pl ? pl.Cases : p is SelectPart s ? s.Cases : EquatableArray<MessageCase>.Empty;
                foreach (var c in cases) if (Any(c.Body, state, test)) return true;
            }
            return false;
        }
    }
}
