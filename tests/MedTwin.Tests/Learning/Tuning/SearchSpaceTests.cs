using MedTwin.Learning;
using MedTwin.Learning.Tuning;

namespace MedTwin.Tests.Learning.Tuning;

public sealed class SearchSpaceTests
{
    [Fact]
    public void A_grid_holds_every_combination_with_the_last_parameter_varying_fastest()
    {
        var space = new SearchSpace { ["depth"] = ParameterRange.Integers(2, 3), ["loss"] = ParameterRange.Values("a", "b") };

        var grid = space.Grid();

        Assert.Equal(["depth = 2, loss = a", "depth = 2, loss = b", "depth = 3, loss = a", "depth = 3, loss = b"], grid.Select(g => g.ToString()));
        Assert.Equal(3, grid[3].WholeNumber("depth"));
        Assert.Equal("b", grid[3].Get<string>("loss"));
    }

    [Fact]
    public void Random_search_draws_the_same_candidates_from_the_same_seed_within_their_ranges()
    {
        var space = new SearchSpace { ["lambda"] = ParameterRange.LogUniform(1e-3, 10), ["rate"] = ParameterRange.Uniform(0.1, 0.2), ["depth"] = ParameterRange.Integers(1, 4) };

        var first = space.Sample(50, seed: 4);

        Assert.Equal(first.Select(c => c.ToString()), space.Sample(50, seed: 4).Select(c => c.ToString()));
        Assert.NotEqual(first.Select(c => c.ToString()), space.Sample(50, seed: 5).Select(c => c.ToString()));
        Assert.All(first, c => Assert.InRange(c.Number("lambda"), 1e-3, 10));
        Assert.All(first, c => Assert.InRange(c.Number("rate"), 0.1, 0.2));
        Assert.Equal([1, 2, 3, 4], first.Select(c => c.WholeNumber("depth")).Distinct().Order());
        Assert.Contains(first, c => c.Number("lambda") < 0.01);
    }

    [Fact]
    public void A_search_space_without_parameters_is_refused()
    {
        var error = Assert.Throws<LearningException>(() => new SearchSpace().Grid());
        Assert.Contains("no parameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_with_no_values_is_refused_by_name()
    {
        var error = Assert.Throws<LearningException>(() => new SearchSpace { ["kernel"] = ParameterRange.Values() }.Sample(3, 1));
        Assert.Equal("kernel", error.Column);
        Assert.Contains("no values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_continuous_range_cannot_be_gridded()
    {
        var error = Assert.Throws<LearningException>(() => new SearchSpace { ["rate"] = ParameterRange.Uniform(0, 1) }.Grid());
        Assert.Contains("no grid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_or_non_positive_ranges_are_refused()
    {
        Assert.Throws<LearningException>(() => new SearchSpace { ["n"] = ParameterRange.Integers(5, 4) }.Grid());
        Assert.Throws<LearningException>(() => new SearchSpace { ["lambda"] = ParameterRange.LogUniform(0, 1) }.Sample(1, 1));
        Assert.Throws<LearningException>(() => new SearchSpace { ["lambda"] = ParameterRange.Uniform(1, 1) }.Sample(1, 1));
    }
}
