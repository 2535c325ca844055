using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

/// <summary>
/// The bad-input list, for every step: an unknown column, a wrong type, an empty frame, an all-missing column, NaN and
/// infinities. Errors name the step, the column and (for a bad cell) the row; the input is never changed.
/// Contradictory parameters and sources are tested beside each step's behaviour.
/// </summary>
public sealed class BadInputTests
{
    /// <summary>Each step aimed at one column; the column it works on in <see cref="Frame"/>, and one of a type it refuses.</summary>
    private static PreparationStep Make(string step, string column) => step switch
    {
        "declareMissing" => new DeclareMissing { Columns = [column], Values = [0] },
        "dropRows" => new DropRows { Columns = [column], MaxMissingFraction = 0 },
        "dropColumns" => new DropColumns { Columns = [column], MaxMissingFraction = 0.5 },
        "checkPlausibility" => new CheckPlausibility { Columns = [new PlausibleRange { Column = column, Unit = "/min", Variable = "heartRate" }] },
        "outliers" => new HandleOutliers { Columns = [column], Method = OutlierMethod.Iqr, Action = OutlierAction.SetMissing },
        "impute" => new Impute { Columns = [column], Method = ImputeMethod.Median },
        "imputeNearestNeighbours" => new ImputeNearestNeighbours { Columns = [column], Features = [column, "y"], K = 2 },
        "scale" => new Scale { Columns = [column], Method = ScaleMethod.Standardise },
        "encode" => new Encode { Columns = [column], Method = EncodeMethod.OneHot },
        "deriveBmi" => new DeriveBmi { Weight = column, WeightUnit = "kg", Height = "height", HeightUnit = "m" },
        "deriveAge" => new DeriveAge { BirthDate = column, IndexDate = "2020-01-01" },
        "convertUnits" => new ConvertUnits { Columns = [new UnitChange { Column = column, From = "[lb_av]", To = "kg" }] },
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    private static string Target(string step) => step switch
    {
        "encode" => "cat",
        "deriveAge" => "born",
        _ => "x",
    };

    private static DataFrame Frame(double?[]? x = null, string?[]? cat = null, string?[]? born = null) => Of(
        Texts("id", "p1", "p2", "p3", "p4"),
        Numbers("x", x ?? [60, 70, 80, 90]),
        Numbers("y", 1, 2, 3, 4),
        Numbers("height", 1.6, 1.7, 1.8, 1.9),
        Texts("cat", cat ?? ["a", "b", "a", "b"]),
        Texts("born", born ?? ["1990-01-01", "1980-05-05", "1970-12-31", "2000-02-29"]));

    public static TheoryData<string> AllSteps() =>
    [
        "declareMissing", "dropRows", "dropColumns", "checkPlausibility", "outliers", "impute",
        "imputeNearestNeighbours", "scale", "encode", "deriveBmi", "deriveAge", "convertUnits",
    ];

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void Every_step_runs_on_the_good_frame_without_changing_it(string step)
    {
        var frame = Frame();
        var before = Text(frame);

        var result = Run(Make(step, Target(step)), frame);

        Assert.Equal(before, Text(frame));
        Assert.NotSame(frame, result.Data);
        Assert.Single(result.Report.Steps);
    }

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void An_unknown_column_is_an_error_naming_step_and_column_and_listing_the_frame_columns(string step)
    {
        var error = Fails(Make(step, "nope"), Frame(), "nope");

        Assert.Contains("no such column", error.Message, StringComparison.Ordinal);
        Assert.Contains("id, x, y, height, cat, born", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Steps with the column of a type they refuse; dropRows and dropColumns count missing values of any type.</summary>
    public static TheoryData<string, string> WrongTypes() => new()
    {
        { "declareMissing", "cat" },
        { "checkPlausibility", "cat" },
        { "outliers", "cat" },
        { "impute", "cat" },
        { "imputeNearestNeighbours", "cat" },
        { "scale", "cat" },
        { "encode", "x" },
        { "deriveBmi", "cat" },
        { "deriveAge", "x" },
        { "convertUnits", "cat" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void A_column_of_the_wrong_type_is_an_error_naming_step_column_and_the_type_found(string step, string column)
    {
        var error = Fails(Make(step, column), Frame(), column);

        Assert.Contains(column == "x" ? "numeric (Double)" : "text (String)", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Steps that learn fail on no training rows (naming the column they learn for); the others return an empty frame.</summary>
    public static TheoryData<string, string?, bool> EmptyFrames() => new()
    {
        { "declareMissing", null, false },
        { "dropRows", null, false },
        { "dropColumns", null, true },
        { "checkPlausibility", null, false },
        { "outliers", "x", true },
        { "impute", "x", true },
        { "imputeNearestNeighbours", "x", true },
        { "scale", "x", true },
        { "encode", "cat", true },
        { "deriveBmi", null, false },
        { "deriveAge", null, false },
        { "convertUnits", null, false },
    };

    [Theory]
    [MemberData(nameof(EmptyFrames))]
    public void An_empty_frame_is_an_error_for_steps_that_learn_and_passes_through_the_others(string step, string? column, bool fails)
    {
        var empty = Of(Texts("id"), Numbers("x"), Numbers("y"), Numbers("height"), Texts("cat"), Texts("born"));

        if (fails)
        {
            var error = Fails(Make(step, Target(step)), empty, column);
            Assert.Contains("no training rows", error.Message, StringComparison.Ordinal);
        }
        else
        {
            var result = Run(Make(step, Target(step)), empty);
            Assert.Equal(0, result.Data.Rows.Count);
            Assert.Equal(0, result.Report[1].CellsChanged);
        }
    }

    /// <summary>What an all-missing target column does: an error for steps that learn from it, else the rows left.</summary>
    public static TheoryData<string, bool, int> AllMissingColumns() => new()
    {
        { "declareMissing", false, 4 },
        { "dropRows", false, 0 },
        { "dropColumns", false, 4 },
        { "checkPlausibility", false, 4 },
        { "outliers", true, 0 },
        { "impute", true, 0 },
        { "imputeNearestNeighbours", true, 0 },
        { "scale", true, 0 },
        { "encode", true, 0 },
        { "deriveBmi", false, 4 },
        { "deriveAge", false, 4 },
        { "convertUnits", false, 4 },
    };

    [Theory]
    [MemberData(nameof(AllMissingColumns))]
    public void An_all_missing_column_is_an_error_for_steps_that_learn_from_it(string step, bool fails, int rowsLeft)
    {
        var frame = Frame(x: [null, null, null, null], cat: [null, null, null, null], born: [null, null, null, null]);

        if (fails)
        {
            var error = Fails(Make(step, Target(step)), frame, Target(step));
            Assert.Contains("all 4 training values are missing", error.Message, StringComparison.Ordinal);
        }
        else
        {
            var result = Run(Make(step, Target(step)), frame);
            Assert.Equal(rowsLeft, result.Data.Rows.Count);
            Assert.Equal(0, result.Report[1].CellsChanged);
        }
    }

    /// <summary>Steps reading numbers from x; encode and deriveAge read text, which has no NaN.</summary>
    public static TheoryData<string> NumericSteps() =>
    [
        "declareMissing", "dropRows", "dropColumns", "checkPlausibility", "outliers", "impute",
        "imputeNearestNeighbours", "scale", "deriveBmi", "convertUnits",
    ];

    [Theory]
    [MemberData(nameof(NumericSteps))]
    public void NaN_is_an_error_naming_step_column_and_row(string step)
    {
        var error = Fails(Make(step, "x"), Frame(x: [60, 70, double.NaN, 90]), "x", row: 2);

        Assert.Contains("found NaN", error.Message, StringComparison.Ordinal);
        Assert.Contains("nonFinite", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NumericSteps))]
    public void Infinity_is_an_error_naming_step_column_and_row(string step)
    {
        var error = Fails(Make(step, "x"), Frame(x: [60, double.PositiveInfinity, 80, double.NegativeInfinity]), "x", row: 1);

        Assert.Contains("found Infinity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fitted_step_applied_to_a_frame_without_its_column_names_step_and_column()
    {
        var fitted = new Impute { Columns = ["x"], Method = ImputeMethod.Mean }.Fit(Frame());
        var other = Of(Numbers("z", 1, null));

        var error = Assert.Throws<PreparationException>(() => fitted.Apply(other));

        Assert.Equal("Step 'impute', column 'x': no such column; the frame's columns are: z.", error.Message);
        Assert.Equal("z:Double\n1\nNA\n", Text(other));
    }
}
