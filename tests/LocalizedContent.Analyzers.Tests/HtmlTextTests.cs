namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The markup reader of the Razor checks (issue 18): Razor hands it a page's HTML in chunks, one per call, split inside
/// tags (<c>WriteLiteral("&lt;p class=\"x\"")</c>, an attribute, <c>WriteLiteral("&gt;text")</c>). What people read is
/// reported; script, style and comments are not, whatever chunk they begin or end in and however their tag is cased.
/// </summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData(new[] { "<p>سلام</p><script>var x = 'ی';</script>متن" }, new[] { "سلام", "متن" })]
    [InlineData(new[] { "<SCRIPT type=\"module\"", ">var a = 'ی';</Script", "><p title=\"عنوان\">بعد</p>" }, new[] { "module", "عنوان", "بعد" })]
    [InlineData(new[] { "<style>.a::after { content: \"ی\"; }</style>", "<b>پس</b>" }, new[] { "پس" })]
    [InlineData(new[] { "<!-- یادداشت", " هنوز --><i>نه</i>" }, new[] { "نه" })]
    [InlineData(new[] { "<scripts>متن</scripts>", "<stylesheet>دو</stylesheet>" }, new[] { "متن", "دو" })]
    [InlineData(new[] { "<p class=\"x\"", " title='یک'>\n  دو  \n</p>" }, new[] { "x", "یک", "دو" })]
    [InlineData(new[] { "<scr", "ipt>ی</script>ک" }, new[] { "ی", "ک" })] // a tag name cut by a chunk is not read as script
    public void Readable_parts_are_what_people_read(string[] chunks, string[] expected)
    {
        var reader = new HtmlText();
        var read = new List<string>();
        foreach (var chunk in chunks)
            foreach (var (start, length) in reader.Read(chunk)) read.Add(chunk.Substring(start, length));
        Assert.Equal(expected, read);
    }
}
