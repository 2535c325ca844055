using MedTwin.Physiology.Controllers;

namespace MedTwin.Tests.Physiology.Controllers;

public sealed class LinearInsulinOnBoardTests
{
    [Fact]
    public void A_dose_decays_linearly_to_zero_over_the_action_duration()
    {
        var onBoard = new LinearInsulinOnBoard(240);
        onBoard.Add(0, 4);

        Assert.Equal(4, onBoard.At(0));
        Assert.Equal(3, onBoard.At(60), 12);
        Assert.Equal(1, onBoard.At(180), 12);
        Assert.Equal(0, onBoard.At(240));
        Assert.Equal(0, onBoard.At(500));
    }

    [Fact]
    public void A_duration_that_is_not_positive_is_rejected() =>
        Assert.Equal("actionDurationMinutes", Assert.Throws<ArgumentOutOfRangeException>(() => new LinearInsulinOnBoard(0)).ParamName);
}
