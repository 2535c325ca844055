using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Notebooks.Tests.Jupyter;

public sealed class CodePositionsTests
{
    [Fact]
    public void A_cursor_after_an_emoji_counts_one_code_point_but_two_UTF16_units()
    {
        const string Code = "var s = \"🩺\"; s.Len";

        Assert.Equal(Code.Length, CodePositions.ToUtf16(Code, Code.Length - 1));
        Assert.Equal(Code.Length - 1, CodePositions.ToCodePoints(Code, Code.Length));
    }
}
