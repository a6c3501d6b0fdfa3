using System.Collections.Generic;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>The MessageFormat option (item metadata or LocalizedContentMessageFormat).</summary>
    internal enum MessageFormatMode
    {
        /// <summary>Each value by its syntax, in the context of its set (<see cref="MessageDialects"/>).</summary>
        Auto = 0,
        /// <summary>Every value is ICU MessageFormat (the reading before .NET format strings were recognized).</summary>
        Icu = 1,
        /// <summary>Every value is a .NET composite format string; brace text it rejects stays literal (LC1034).</summary>
        DotNet = 2,
    }

    /// <summary>
    /// Which dialect reads each value. The file parser decides what one value tells on its own (a typed ICU argument:
    /// ICU; valid .NET format items or {{ }}: .NET); the rest (<see cref="MessageDialect.Open"/>: plain text, {n})
    /// follows its set: ICU when some value of the set is ICU, so a set written in ICU keeps ICU's apostrophes and
    /// named arguments, else .NET, so a set of string.Format texts prints what string.Format printed.
    /// </summary>
    internal static class MessageDialects
    {
        public static MessageFormatMode ReadMode(string? option, LocationInfo fileStart, string fileName, List<DiagnosticInfo> diagnostics)
        {
            switch (option?.Trim().ToLowerInvariant())
            {
                case null: case "": case "auto": return MessageFormatMode.Auto;
                case "icu": return MessageFormatMode.Icu;
                case "dotnet": return MessageFormatMode.DotNet;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidOption, fileStart, option!, "MessageFormat (LocalizedContentMessageFormat)", fileName, "auto, icu or dotnet"));
                    return MessageFormatMode.Auto;
            }
        }

        /// <summary>The files with every Open value read as its set reads it, and that reading's diagnostics added.</summary>
        public static List<ResxFileModel> Resolve(List<ResxFileModel> files, List<DiagnosticInfo> diagnostics)
        {
            if (!files.Any(f => f.Messages.Any(m => m.Dialect == MessageDialect.Open))) return files;
            var setUsesIcu = files.Any(f => f.Messages.Any(m => m.Dialect == MessageDialect.Icu));
            return files.Select(f => f with { Messages = f.Messages.Select(m => Resolve(m, setUsesIcu, diagnostics)).ToEquatableArray() }).ToList();
        }

        private static ResxMessage Resolve(ResxMessage message, bool setUsesIcu, List<DiagnosticInfo> diagnostics)
        {
            if (message.Dialect != MessageDialect.Open) return message;
            if (setUsesIcu || message.DotNet is null)
            {
                diagnostics.AddRange(message.IcuDiagnostics);
                return message with { Dialect = MessageDialect.Icu, DotNet = null, IcuDiagnostics = default };
            }
            var dotNet = message.DotNet;
            diagnostics.AddRange(dotNet.Diagnostics);
            return message with { Valid = true, Parts = dotNet.Parts, Placeholders = dotNet.Placeholders, Dialect = MessageDialect.DotNet, DotNet = null, IcuDiagnostics = default };
        }
    }
}
