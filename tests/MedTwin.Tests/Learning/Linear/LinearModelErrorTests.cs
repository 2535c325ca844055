using MedTwin.Learning;
using MedTwin.Learning.Linear;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning.Linear;

public sealed class LinearModelErrorTests
{
    private static LearningData EfronWith(string name, Func<DataFrameRow, double> value)
    {
        var frame = LinearTestData.EfronFrame();
        frame.Columns.Add(new DoubleDataFrameColumn(name, frame.Rows.Select(value)));
        return LearningData.FromFrame(frame, "progression", LearningTask.Regression);
    }

    private static LearningData PimaWith(string name, Func<DataFrameRow, double> value)
    {
        var frame = LinearTestData.PimaFrame();
        frame.Columns.Add(new DoubleDataFrameColumn(name, frame.Rows.Select(value)));
        return LearningData.FromFrame(frame, "diabetes", LearningTask.BinaryClassification, positiveClass: "pos");
    }

    [Fact]
    public void Ordinary_least_squares_on_no_rows_fails_saying_it_needs_rows()
    {
        var empty = LinearTestData.Efron().Subset([]);

        var error = Assert.Throws<LearningException>(() => new LinearRegressionTrainer().Fit(empty));

        Assert.Contains("needs at least 2 rows; found 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Logistic_regression_on_no_rows_fails_saying_it_needs_rows()
    {
        var empty = LinearTestData.Pima().Subset([]);

        var error = Assert.Throws<LearningException>(() => new LogisticRegressionTrainer().Fit(empty));

        Assert.Contains("needs at least 2 rows; found 0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LogisticPenalty.None)]
    [InlineData(LogisticPenalty.L2)]
    [InlineData(LogisticPenalty.L1)]
    public void Logistic_regression_on_one_class_fails_naming_the_label(LogisticPenalty penalty)
    {
        var pima = LinearTestData.Pima();
        var negatives = pima.Subset([.. Enumerable.Range(0, pima.RowCount).Where(i => pima.Labels[i] == 0)]);

        var error = Assert.Throws<LearningException>(() => new LogisticRegressionTrainer(new() { Penalty = penalty }).Fit(negatives));

        Assert.Equal("diabetes", error.Column);
        Assert.Contains("one class only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_least_squares_with_a_constant_feature_fails_naming_the_column()
    {
        var data = EfronWith("site", _ => 3);

        var error = Assert.Throws<LearningException>(() => new LinearRegressionTrainer().Fit(data));

        Assert.Equal("site", error.Column);
        Assert.Contains("column 'site'", error.Message, StringComparison.Ordinal);
        Assert.Contains("constant (every row is 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_least_squares_with_a_collinear_feature_fails_naming_the_column()
    {
        var data = EfronWith("bmi_twice", row => 2 * Convert.ToDouble(row["bmi"], System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<LearningException>(() => new LinearRegressionTrainer().Fit(data));

        Assert.Equal("bmi_twice", error.Column);
        Assert.Contains("linear combination of (intercept), age, sex, bmi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpenalised_logistic_regression_with_a_collinear_feature_fails_naming_the_column()
    {
        var data = PimaWith("age_in_months", row => 12 * Convert.ToDouble(row["age"], System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<LearningException>(() => new LogisticRegressionTrainer().Fit(data));

        Assert.Equal("age_in_months", error.Column);
        Assert.Contains("collinear", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpenalised_logistic_regression_with_a_constant_feature_fails_naming_the_column()
    {
        var data = PimaWith("clinic", _ => 1);

        var error = Assert.Throws<LearningException>(() => new LogisticRegressionTrainer().Fit(data));

        Assert.Equal("clinic", error.Column);
        Assert.Contains("constant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ridge_regression_estimates_a_collinear_feature_that_ordinary_least_squares_cannot()
    {
        var data = EfronWith("bmi_twice", row => 2 * Convert.ToDouble(row["bmi"], System.Globalization.CultureInfo.InvariantCulture));

        var model = new LinearRegressionTrainer(new() { RidgeAlpha = 1 }).Fit(data);

        Assert.All(model.Coefficients, c => Assert.True(double.IsFinite(c)));
    }

    [Fact]
    public void Logistic_regression_that_runs_out_of_iterations_fails_saying_it_did_not_converge()
    {
        var error = Assert.Throws<LearningException>(() => new LogisticRegressionTrainer(new() { MaxIterations = 2 }).Fit(LinearTestData.Pima()));

        Assert.Contains("did not converge in 2 iterations", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("logistic regression (unpenalised): training", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpenalised_logistic_regression_on_perfectly_separated_classes_fails_suggesting_a_penalty()
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("dose", [1, 2, 3, 4, 5, 6, 7, 8]),
            new DoubleDataFrameColumn("responded", [0, 0, 0, 0, 1, 1, 1, 1]));
        var data = LearningData.FromFrame(frame, "responded", LearningTask.BinaryClassification);

        var error = Assert.Throws<LearningException>(() => new LogisticRegressionTrainer().Fit(data));

        Assert.Contains("perfectly separated", error.Message, StringComparison.Ordinal);
        Assert.Contains("L2 penalty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L2_logistic_regression_fits_perfectly_separated_classes()
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("dose", [1, 2, 3, 4, 5, 6, 7, 8]),
            new DoubleDataFrameColumn("responded", [0, 0, 0, 0, 1, 1, 1, 1]));
        var data = LearningData.FromFrame(frame, "responded", LearningTask.BinaryClassification);

        var model = new LogisticRegressionTrainer(new() { Penalty = LogisticPenalty.L2, C = 1 }).Fit(data);

        Assert.True(model.Coefficients[0] > 0);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_penalised_logistic_regression_rejects_a_c_that_is_not_positive_and_finite(double c)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticRegressionTrainer(new() { Penalty = LogisticPenalty.L1, C = c }));

        Assert.Contains("inverse penalty strength C must be a positive finite number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.5)]
    [InlineData(double.NaN)]
    public void Ridge_regression_rejects_an_alpha_that_is_not_positive_and_finite(double alpha)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LinearRegressionTrainer(new() { RidgeAlpha = alpha }));

        Assert.Contains("ridge penalty RidgeAlpha must be a positive finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linear_regression_refuses_classification_data_naming_the_label()
    {
        var error = Assert.Throws<LearningException>(() => new LinearRegressionTrainer().Fit(LinearTestData.Pima()));

        Assert.Equal("diabetes", error.Column);
        Assert.Contains("fits Regression; the data are labelled for BinaryClassification", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_refuses_a_row_with_the_wrong_number_of_features()
    {
        var model = new LogisticRegressionTrainer().Fit(LinearTestData.Pima());

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1.0, 2.0]));

        Assert.Contains("expected 8 feature values (pregnant, glucose, pressure, triceps, insulin, mass, pedigree, age); found 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_least_squares_with_no_more_rows_than_coefficients_fails_saying_so()
    {
        var few = LinearTestData.Efron().Subset([.. Enumerable.Range(0, 11)]);

        var error = Assert.Throws<LearningException>(() => new LinearRegressionTrainer().Fit(few));

        Assert.Contains("needs more rows than coefficients", error.Message, StringComparison.Ordinal);
        Assert.Contains("found 11 rows for 11 coefficients", error.Message, StringComparison.Ordinal);
    }

    // R 4.2.2's glm(diagnosis ~ ., binomial) on the same snapshot warns "algorithm did not converge" and "fitted
    // probabilities numerically 0 or 1 occurred" and returns estimates anyway; MedTwin refuses instead.
    [Fact]
    public void Unpenalised_logistic_regression_on_wdbc_fails_as_separated_where_r_glm_only_warns()
    {
        var error = Assert.Throws<LearningException>(() => new LogisticRegressionTrainer().Fit(LinearTestData.Wdbc()));

        Assert.Contains("perfectly separated", error.Message, StringComparison.Ordinal);
        Assert.Contains("of 569 rows get a fitted probability of 0 or 1", error.Message, StringComparison.Ordinal);
    }
}
