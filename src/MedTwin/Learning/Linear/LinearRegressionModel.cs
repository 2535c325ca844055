using System.Text.Json.Nodes;

namespace MedTwin.Learning.Linear;

/// <summary>A fitted linear regression: ŷ = β₀ + Σ βⱼ xⱼ.</summary>
public sealed class LinearRegressionModel : ITrainedModel
{
    /// <summary>The <c>kind</c> of this model's JSON.</summary>
    public const string Kind = "linear-regression";

    private readonly OrdinaryLeastSquaresFit? ordinaryLeastSquares;

    internal LinearRegressionModel(
        string trainerName, IReadOnlyList<string> featureNames, double intercept, IReadOnlyList<double> coefficients, OrdinaryLeastSquaresFit? ordinaryLeastSquares)
    {
        TrainerName = trainerName;
        FeatureNames = featureNames;
        Intercept = intercept;
        Coefficients = coefficients;
        this.ordinaryLeastSquares = ordinaryLeastSquares;
        Summary = ordinaryLeastSquares is null ? null : new LinearRegressionSummary(featureNames, intercept, coefficients, ordinaryLeastSquares);
    }

    /// <inheritdoc />
    public string TrainerName { get; }

    /// <inheritdoc />
    public LearningTask Task => LearningTask.Regression;

    /// <inheritdoc />
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>β₀.</summary>
    public double Intercept { get; }

    /// <summary>βⱼ, in <see cref="FeatureNames"/> order.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    /// <summary>
    /// The coefficient table (estimates, standard errors, t tests, 95% intervals) of an ordinary least-squares fit;
    /// <see langword="null"/> for ridge, whose shrunken estimates have no such standard errors.
    /// </summary>
    public LinearRegressionSummary? Summary { get; }

    /// <inheritdoc />
    public double Predict(ReadOnlySpan<double> features)
    {
        FeatureRow.Require(TrainerName, FeatureNames, features);
        return LinearFunctions.LinearPredictor(Intercept, Coefficients, features);
    }

    /// <inheritdoc />
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["kind"] = Kind,
            ["trainer"] = TrainerName,
            ["features"] = LinearModelJson.Strings(FeatureNames),
            ["intercept"] = Intercept,
            ["coefficients"] = LinearModelJson.Vector(Coefficients),
        };
        if (ordinaryLeastSquares is not null)
        {
            json["covariance"] = LinearModelJson.Matrix(ordinaryLeastSquares.Covariance);
            json["residualDegreesOfFreedom"] = ordinaryLeastSquares.ResidualDegreesOfFreedom;
            json["residualStandardError"] = ordinaryLeastSquares.ResidualStandardError;
        }

        return json;
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    internal static LinearRegressionModel FromJson(JsonObject json)
    {
        var features = LinearModelJson.ReadStrings(json["features"]);
        var coefficients = LinearModelJson.ReadVector(json["coefficients"]);
        LinearModelJson.RequireLength(coefficients, features);
        var ordinaryLeastSquares = json["covariance"] is { } covariance
            ? new OrdinaryLeastSquaresFit(
                LinearModelJson.ReadMatrix(covariance, features.Length + 1),
                LinearModelJson.Required(json["residualDegreesOfFreedom"]).GetValue<int>(),
                LinearModelJson.Required(json["residualStandardError"]).GetValue<double>())
            : null;
        return new LinearRegressionModel(
            LinearModelJson.Required(json["trainer"]).GetValue<string>(),
            features,
            LinearModelJson.Required(json["intercept"]).GetValue<double>(),
            coefficients,
            ordinaryLeastSquares);
    }
}
