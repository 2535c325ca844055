using MedTwin.Data.Preparation;

namespace MedTwin.Tests.Data.Preparation;

public sealed class RecipeJsonTests
{
    /// <summary>A recipe with every kind of step.</summary>
    internal static PreparationRecipe Everything() => new()
    {
        Name = "every-step",
        Description = "One of each step.",
        Steps =
        [
            new DeclareMissing { Columns = ["glucose", "smoker"], Values = [0], Labels = ["unknown"], NonFinite = true },
            new DropRows { Columns = ["glucose"], MaxMissingFraction = 0.5 },
            new DropColumns { MaxMissingFraction = 0.9 },
            new CheckPlausibility
            {
                Columns = [new PlausibleRange { Column = "pressure", Unit = "mm[Hg]", Variable = "diastolicBloodPressure" }, new PlausibleRange { Column = "triceps", Unit = "mm", Low = 1, High = 100 }],
                Action = ImplausibleValueAction.Flag,
            },
            new HandleOutliers { Columns = ["insulin"], Method = OutlierMethod.Percentiles, Lower = 0.01, Upper = 0.99, Action = OutlierAction.Winsorise },
            new Impute { Columns = ["smoker"], Method = ImputeMethod.Constant, Label = "no" },
            new ImputeNearestNeighbours { Columns = ["glucose"], Features = ["age", "mass"], K = 3 },
            new Scale { Columns = ["glucose"], Method = ScaleMethod.MinMax },
            new Encode { Columns = ["diabetes"], Method = EncodeMethod.OneHot, Levels = [new CategoryLevels { Column = "diabetes", Levels = ["neg", "pos"] }], DropFirst = true },
            new DeriveBmi { Weight = "weight", WeightUnit = "kg", Height = "height", HeightUnit = "cm" },
            new DeriveAge { BirthDate = "born", IndexDate = "2020-01-01" },
        ],
    };

    [Fact]
    public void A_recipe_reads_back_to_the_same_json_byte_for_byte()
    {
        var json = Everything().ToJson();

        var read = PreparationRecipe.FromJson(json);

        Assert.Equal(json, read.ToJson());
        Assert.Equal(Everything().Steps.Select(s => s.GetType()), read.Steps.Select(s => s.GetType()));
        Assert.Equal(Everything().Steps.Select(s => s.StepName), read.Steps.Select(s => s.StepName));
        Assert.Equal(json, Everything().ToJson());
    }

    [Fact]
    public void The_json_names_each_step_first_uses_words_for_options_and_unix_line_ends()
    {
        var recipe = new PreparationRecipe
        {
            Name = "pima",
            Steps = [new DeclareMissing { Columns = ["insulin"], Values = [0] }, new Impute { Columns = ["insulin"], Method = ImputeMethod.Median }],
        };

        Assert.Equal(
            """
            {
              "name": "pima",
              "steps": [
                {
                  "step": "declareMissing",
                  "columns": [
                    "insulin"
                  ],
                  "values": [
                    0
                  ],
                  "labels": [],
                  "nonFinite": false
                },
                {
                  "step": "impute",
                  "columns": [
                    "insulin"
                  ],
                  "method": "median"
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            recipe.ToJson());
    }

    [Fact]
    public void The_step_key_may_come_after_the_parameters_when_written_by_hand()
    {
        var recipe = PreparationRecipe.FromJson("""{ "steps": [ { "columns": ["x"], "method": "mean", "step": "impute" } ] }""");

        Assert.IsType<Impute>(Assert.Single(recipe.Steps));
    }

    [Theory]
    [InlineData("""{ "steps": [ { "step": "impute", "columns": ["x"], "method": "mean", "strategy": "x" } ] }""", "strategy")]
    [InlineData("""{ "steps": [], "author": "me" }""", "author")]
    [InlineData("""{ "steps": [ { "step": "smooth", "columns": ["x"] } ] }""", "smooth")]
    [InlineData("""{ "steps": [ { "step": "impute", "columns": ["x"] } ] }""", "method")]
    [InlineData("""{ "steps": [ { "step": "impute", "columns": ["x"], "method": 1 } ] }""", "method")]
    [InlineData("""{ "steps": [ { "step": "impute", "columns": ["x"], "method": "average" } ] }""", "method")]
    [InlineData("""{ "steps": [ { "step": "impute", "columns": null, "method": "mean" } ] }""", "columns")]
    [InlineData("""{ "steps": [ { "step": "impute", "columns": ["x"], "method": "mean", "method": "median" } ] }""", "method")]
    [InlineData("""{ "steps": [ { "columns": ["x"], "method": "mean" } ] }""", "PreparationStep")]
    [InlineData("""{ "name": "no steps" }""", "steps")]
    [InlineData("""[]""", "PreparationRecipe")]
    [InlineData("""{ "steps": [] """, "LineNumber: 0")]
    public void Malformed_json_is_refused_with_what_and_where(string json, string mentioned)
    {
        var error = Assert.Throws<RecipeFormatException>(() => PreparationRecipe.FromJson(json));

        Assert.StartsWith("The recipe JSON is not valid: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictory_parameters_are_refused_when_read_naming_the_step_position()
    {
        var json = """{ "steps": [ { "step": "declareMissing", "columns": ["x"], "values": [0] }, { "step": "impute", "columns": ["x", "x"], "method": "mean" } ] }""";

        var error = Assert.Throws<PreparationException>(() => PreparationRecipe.FromJson(json));

        Assert.Equal("Step 2 'impute', column 'x': 'columns' names the column twice.", error.Message);
    }
}
