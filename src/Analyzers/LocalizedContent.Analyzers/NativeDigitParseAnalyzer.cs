using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0006: int.Parse, long.TryParse, decimal.Parse, Convert.ToInt32 … called on a constant that holds digits other
    /// than 0-9 (٠-٩, ۰-۹ or any other Unicode decimal digit). .NET number parsing accepts only ASCII digits, whatever
    /// the culture, so Parse and Convert always throw a FormatException and TryParse always returns false.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NativeDigitParseAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = Rules.Create(
            Rules.NativeDigitParse,
            "Parsing digits that .NET does not parse",
            "'{0}' holds digits other than 0-9, which {1} does not accept: this call always {2}",
            DiagnosticSeverity.Warning,
            ".NET parses only the ASCII digits 0-9, in every culture. Convert Arabic-Indic and Persian digits to 0-9 first (for example with char.GetNumericValue).");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // generated code: GeneratedCode.Contains
            // Not an operation action: that makes the driver build the IOperation tree of every method body, although
            // only calls named Parse, TryParse or Convert's To… can match; those are found by name and only they are bound.
            InvocationScan.Register(context, CandidateNames, AnalyzeInvocation);
        }

        /// <summary>Text that every name <see cref="Outcome"/> accepts contains: Parse, TryParse, and System.Convert's
        /// methods from a string to a number type (ToByte, ToSByte, ToInt16…ToUInt64, ToDecimal, ToSingle, ToDouble).</summary>
        private static readonly string[] CandidateNames = { "Parse", "ToByte", "ToSByte", "ToInt", "ToUInt", "ToDecimal", "ToSingle", "ToDouble" };

        private static void AnalyzeInvocation(SemanticModel model, InvocationExpressionSyntax syntax, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            if (syntax.ArgumentList.Arguments.Count == 0 || !MayBeParse(InvocationScan.InvokedName(syntax.Expression))) return;
            if (!(model.GetOperation(syntax, cancellationToken) is IInvocationOperation invocation)) return;
            var method = invocation.TargetMethod;
            var outcome = Outcome(method);
            if (outcome == null) return;

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter == null || argument.Parameter.Ordinal != 0) continue;
                var value = argument.Value;
                while (value is IConversionOperation conversion && !value.ConstantValue.HasValue) value = conversion.Operand;
                if (!value.ConstantValue.HasValue || !(value.ConstantValue.Value is string text)) return;
                if (!HasNonAsciiDigit(text)) return;
                report(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(),
                    text, method.ContainingType.Name + "." + method.Name, outcome));
                return;
            }
        }

        /// <summary>The names <see cref="Outcome"/> can accept; a method's name cannot be aliased, so this rules out
        /// nothing that could match.</summary>
        private static bool MayBeParse(string? name) =>
            name != null && (name == "Parse" || name == "TryParse" || name.StartsWith("To", System.StringComparison.Ordinal));

        private static bool HasNonAsciiDigit(string text)
        {
            foreach (var c in text)
                if (c >= 0x80 && char.IsDigit(c)) return true;
            return false;
        }

        /// <summary>What the call does with such digits, or null when it is not a number parse.</summary>
        private static string? Outcome(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (type == null || method.Parameters.Length == 0) return null;
            if (method.Name == "Parse" || method.Name == "TryParse")
            {
                if (!IsNumberType(type)) return null;
                return method.Name == "Parse" ? "throws a FormatException" : "returns false";
            }
            if (type.SpecialType == SpecialType.None && type.Name == "Convert" && type.ContainingNamespace?.ToDisplayString() == "System"
                && method.Name.StartsWith("To", System.StringComparison.Ordinal)
                && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                && method.ReturnType is INamedTypeSymbol returnType && IsNumberType(returnType))
                return "throws a FormatException";
            return null;
        }

        private static bool IsNumberType(INamedTypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_IntPtr:
                case SpecialType.System_UIntPtr:
                    return true;
            }
            var ns = type.ContainingNamespace?.ToDisplayString();
            return (ns == "System" && (type.Name == "Half" || type.Name == "Int128" || type.Name == "UInt128"))
                || (ns == "System.Numerics" && type.Name == "BigInteger");
        }
    }
}
