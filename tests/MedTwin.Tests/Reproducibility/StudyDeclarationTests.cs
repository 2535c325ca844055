using MedTwin.Reproducibility;

namespace MedTwin.Tests.Reproducibility;

public sealed class StudyDeclarationTests
{
    [Fact]
    public void Declaring_with_no_study_running_begins_one_with_the_stated_seed_and_clock_start()
    {
        using var study = Study.Declare(seed: 3, clockStart: "2024-05-01T08:30:00Z");

        Assert.Same(study, Study.Current);
        Assert.Equal(3, study.Seed);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.Zero), study.Clock.GetUtcNow());
    }

    [Fact]
    public void Declaring_other_values_than_a_study_began_with_is_an_error_naming_both()
    {
        using var study = Study.Begin(new StudyOptions { Seed = 1 });

        var error = Assert.Throws<InvalidOperationException>(() => Study.Declare(seed: 2, clockStart: "2000-01-01T00:00:00Z"));

        Assert.Equal(
            "Study.Declare(seed: 2, clockStart: \"2000-01-01T00:00:00Z\") states seed 2, but the seed stated in Study.Begin's options is 1: make them the same.",
            error.Message);
    }

    [Fact]
    public void An_assumed_seed_and_clock_start_are_replaced_by_the_declared_ones()
    {
        using var study = Study.Begin(new StudyOptions { StatedBy = null });

        Study.Declare(seed: 4, clockStart: "2024-05-01T10:30:00+02:00");

        Assert.Equal(4, study.Seed);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.Zero), study.Options.ClockStart);
        Assert.Equal("Study.Declare(seed: 4, clockStart: \"2024-05-01T08:30:00Z\")", study.Options.StatedBy);
    }
}
