using System.Text;
using MedTwin.Notebooks.Documents.Jupyter;

namespace MedTwin.Notebooks.Tests.Documents;

public sealed class JsonStringEscaperTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" backslash \\ slash /", "\"quote \\\" backslash \\\\ slash /\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u001b\u001f", "\"\\u0000\\u001b\\u001f\"")]
    [InlineData("Zoë ℃ 😀 \u007f \u2028", "\"Zoë ℃ 😀 \u007f \u2028\"")]
    public void Strings_are_escaped_as_Python_and_JavaScript_escape_them(string value, string expected)
    {
        var text = new StringBuilder();

        JsonStringEscaper.Append(text, value, asciiOnly: false);

        Assert.Equal(expected, text.ToString());
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_as_JSON_stringify_escapes_it()
    {
        var text = new StringBuilder();

        JsonStringEscaper.Append(text, "lone " + (char)0xD83D + " end " + (char)0xDE00, asciiOnly: false);

        Assert.Equal("\"lone \\ud83d end \\ude00\"", text.ToString());
    }

    [Fact]
    public void With_ASCII_only_everything_beyond_ASCII_is_escaped_in_lower_case_as_ensure_ascii_does()
    {
        var text = new StringBuilder();

        JsonStringEscaper.Append(text, "Zoë 😀 \u007f ~", asciiOnly: true);

        Assert.Equal("\"Zo\\u00eb \\ud83d\\ude00 \\u007f ~\"", text.ToString());
    }
}
