namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// Corpus sizes. The full run uses the sizes the issue asks for; quick mode (CI) shrinks them so every benchmark
/// still runs its real code path once in seconds: quick mode exists so the benchmarks never rot, not to measure.
/// </summary>
public static class Scale
{
    public const string QuickVariable = "LOCALIZEDCONTENT_BENCH_QUICK";

    public static bool Quick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    /// <summary>Documents (.txt), half Arabic and half Persian: 100 classes with an ar and a fa variant.</summary>
    public static int Documents => Quick ? 10 : 200;

    /// <summary>Total UTF-8 bytes of all documents.</summary>
    public static int DocumentBytes => Quick ? 500_000 : 10 * 1024 * 1024;

    /// <summary>.resx keys per culture (neutral, ar, fa), spread over <see cref="ResxClasses"/> files.</summary>
    public static int ResxKeys => Quick ? 500 : 10_000;

    public static int ResxClasses => 10;

    /// <summary>C# files of the analyzer benchmark project, ~20 literals each.</summary>
    public static int AnalyzerFiles => Quick ? 100 : 2_000;

    /// <summary>Copies of the Razor corpus's component and page (the Razor benchmark; ~250 characters written each).</summary>
    public static int RazorFilePairs => Quick ? 10 : 400;

    /// <summary>Ordinary C# files next to the content in the generator benchmarks (the .cs edit touches one).</summary>
    public static int CSharpFiles => Quick ? 5 : 50;
}
