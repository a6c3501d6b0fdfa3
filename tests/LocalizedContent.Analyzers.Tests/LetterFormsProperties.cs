using CsCheck;
using LocalizedContent.Text;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>The content rules' shared scan asks LC0003 about a literal's value only when its letters can make a
/// mismatch (<see cref="TextChecks.MayMismatch"/>): whatever the text, a value LC0003 reports has such letters.</summary>
public class LetterFormsProperties
{
    // The letters LanguageByLetters counts, others of the script, digits and Latin.
    private static readonly Gen<string> Text = Gen.String[Gen.OneOf(
        'ی', 'ک', 'ي', 'ى', 'ك', 'ة', 'پ', 'چ', 'ژ', 'گ', 'ب', 'ا', 'ه', ' ', '۴', '٤', '4', 'a'), 0, 12];

    [Fact]
    public void A_value_LC0003_reports_has_the_letters_a_mismatch_needs() =>
        Text.Sample(text =>
        {
            var letters = LanguageLetters.None;
            foreach (var c in text) letters |= ArabicScriptLanguages.LetterOf(c);
            Assert.True(!MismatchedLetterFormsAnalyzer.IsReported(text) || TextChecks.MayMismatch(letters), text);
        }, iter: 20000);
}
