using MedTwin.Learning;
using MedTwin.Learning.Linear;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning;

public sealed class LearningDataTests
{
    private static DataFrame Frame(params DataFrameColumn[] columns) => new(columns);

    private static LearningException Fails(DataFrame frame, string label = "y", LearningTask task = LearningTask.BinaryClassification, IReadOnlyList<string>? features = null, string? positiveClass = null) =>
        Assert.Throws<LearningException>(() => LearningData.FromFrame(frame, label, task, features, positiveClass));

    [Fact]
    public void Features_default_to_the_numeric_columns_but_the_label_in_frame_order()
    {
        var data = LearningData.FromFrame(
            Frame(new DoubleDataFrameColumn("b", [1.0, 2.0]), new StringDataFrameColumn("note", ["x", "y"]), new Int32DataFrameColumn("a", [3, 4]), new Int32DataFrameColumn("y", [0, 1])),
            "y",
            LearningTask.BinaryClassification);

        Assert.Equal(["b", "a"], data.FeatureNames);
        Assert.Equal([2.0, 4.0], data.Row(1).ToArray());
        Assert.Equal([0.0, 1.0], data.Labels);
    }

    [Fact]
    public void A_text_label_is_coded_with_its_declared_positive_class()
    {
        var data = LearningData.FromFrame(Frame(new DoubleDataFrameColumn("x", [1.0, 2.0, 3.0]), new StringDataFrameColumn("y", ["neg", "pos", "neg"])), "y", LearningTask.BinaryClassification, positiveClass: "pos");

        Assert.Equal([0.0, 1.0, 0.0], data.Labels);
    }

    [Fact]
    public void A_third_label_level_is_an_error_naming_row_and_levels()
    {
        var error = Fails(Frame(new DoubleDataFrameColumn("x", [1.0, 2.0, 3.0]), new StringDataFrameColumn("y", ["neg", "pos", "unknown"])), positiveClass: "pos");

        Assert.Equal("reading the training data, column 'y', row 2: a two-class label was expected; found a third level 'unknown' besides 'pos' (positive) and 'neg'", error.Message);
    }

    [Fact]
    public void A_text_label_without_a_positive_class_is_an_error()
    {
        var error = Fails(Frame(new DoubleDataFrameColumn("x", [1.0]), new StringDataFrameColumn("y", ["pos"])));

        Assert.Contains("found the text 'pos' (encode the outcome as 0/1 first)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numeric_label_other_than_0_or_1_is_an_error_naming_the_row()
    {
        var error = Fails(Frame(new DoubleDataFrameColumn("x", [1.0, 2.0]), new Int32DataFrameColumn("y", [0, 2])));

        Assert.Equal("reading the training data, column 'y', row 1: expected a 0/1 label; found 2", error.Message);
    }

    [Fact]
    public void A_missing_feature_value_is_an_error_that_points_to_the_recipe()
    {
        var error = Fails(Frame(new DoubleDataFrameColumn("x", [1.0, null]), new Int32DataFrameColumn("y", [0, 1])));

        Assert.Equal("reading the training data, column 'x', row 1: the value is missing; impute or drop missing values in the preparation recipe first", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_non_finite_feature_is_an_error_naming_column_and_row(double value)
    {
        var error = Fails(Frame(new DoubleDataFrameColumn("x", [1.0, value]), new Int32DataFrameColumn("y", [0, 1])));

        Assert.Contains("column 'x', row 1: expected a finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_feature_is_an_error_asking_for_encoding()
    {
        var error = Fails(Frame(new StringDataFrameColumn("sex", ["F", "M"]), new Int32DataFrameColumn("y", [0, 1])), features: ["sex"]);

        Assert.Contains("column 'sex': expected a numeric column; found String (encode categories first)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_an_error_listing_the_columns()
    {
        var error = Fails(Frame(new DoubleDataFrameColumn("x", [1.0]), new Int32DataFrameColumn("y", [0])), features: ["glucose"]);

        Assert.Equal("reading the training data, column 'glucose': no such column; the frame's columns are: x, y", error.Message);
    }

    [Fact]
    public void An_empty_frame_and_a_frame_without_features_are_errors()
    {
        Assert.Contains("the frame has no rows", Fails(Frame(new DoubleDataFrameColumn("x", 0), new Int32DataFrameColumn("y", 0))).Message, StringComparison.Ordinal);
        Assert.Contains("there are no feature columns", Fails(Frame(new Int32DataFrameColumn("y", [0]))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_label_cannot_be_a_feature_and_a_feature_cannot_be_named_twice()
    {
        var frame = Frame(new DoubleDataFrameColumn("x", [1.0]), new Int32DataFrameColumn("y", [0]));

        Assert.Contains("the label cannot also be a feature", Fails(frame, features: ["x", "y"]).Message, StringComparison.Ordinal);
        Assert.Contains("the feature is named twice", Fails(frame, features: ["x", "x"]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_leaves_the_frame_unchanged()
    {
        var frame = Frame(new DoubleDataFrameColumn("x", [1.0, double.NaN]), new Int32DataFrameColumn("y", [0, 1]));

        Fails(frame);

        Assert.Equal(2, frame.Rows.Count);
        Assert.True(double.IsNaN((double)frame["x"][1]!));
    }

    [Fact]
    public void Predicting_data_whose_features_differ_from_the_models_is_an_error_listing_both()
    {
        var training = LearningData.FromFrame(Frame(new DoubleDataFrameColumn("a", [1.0, 2.0, 3.0, 4.0]), new DoubleDataFrameColumn("b", [2.0, 1.0, 4.0, 3.0]), new Int32DataFrameColumn("y", [0, 1, 0, 1])), "y", LearningTask.BinaryClassification);
        var model = new LogisticRegressionTrainer(new LogisticRegressionTrainer.Options { Penalty = LogisticPenalty.L2 }).Fit(training);
        var other = LearningData.FromFrame(Frame(new DoubleDataFrameColumn("b", [1.0]), new DoubleDataFrameColumn("a", [1.0]), new Int32DataFrameColumn("y", [0])), "y", LearningTask.BinaryClassification);

        var error = Assert.Throws<LearningException>(() => model.Predict(other));

        Assert.Contains("the model was trained on features [a, b]; the data have [b, a]", error.Message, StringComparison.Ordinal);
    }
}
