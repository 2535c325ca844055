using System.Text.Json.Nodes;

namespace MedTwin.Learning.Linear;

/// <summary>A fitted logistic regression: P(y = 1 | x) = 1 / (1 + e^−(β₀ + Σ βⱼ xⱼ)).</summary>
public sealed class LogisticRegressionModel : ITrainedModel
{
    /// <summary>The <c>kind</c> of this model's JSON.</summary>
    public const string Kind = "logistic-regression";

    private readonly double[,]? covariance;

    internal LogisticRegressionModel(
        string trainerName, IReadOnlyList<string> featureNames, double intercept, IReadOnlyList<double> coefficients, double[,]? covariance)
    {
        TrainerName = trainerName;
        FeatureNames = featureNames;
        Intercept = intercept;
        Coefficients = coefficients;
        this.covariance = covariance;
        Summary = covariance is null ? null : new LogisticRegressionSummary(featureNames, intercept, coefficients, covariance);
    }

    /// <inheritdoc />
    public string TrainerName { get; }

    /// <inheritdoc />
    public LearningTask Task => LearningTask.BinaryClassification;

    /// <inheritdoc />
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>β₀, the log-odds when every feature is 0.</summary>
    public double Intercept { get; }

    /// <summary>βⱼ, in <see cref="FeatureNames"/> order: the change in log-odds per unit of the feature.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    /// <summary>
    /// The coefficient table (estimates, Wald tests and intervals, odds ratios) of an unpenalised fit;
    /// <see langword="null"/> for a penalised one, whose shrunken estimates have no such standard errors.
    /// </summary>
    public LogisticRegressionSummary? Summary { get; }

    /// <inheritdoc />
    public double Predict(ReadOnlySpan<double> features)
    {
        FeatureRow.Require(TrainerName, FeatureNames, features);
        return LinearFunctions.Sigmoid(LinearFunctions.LinearPredictor(Intercept, Coefficients, features));
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
        if (covariance is not null)
        {
            json["covariance"] = LinearModelJson.Matrix(covariance);
        }

        return json;
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    internal static LogisticRegressionModel FromJson(JsonObject json)
    {
        var features = LinearModelJson.ReadStrings(json["features"]);
        var coefficients = LinearModelJson.ReadVector(json["coefficients"]);
        LinearModelJson.RequireLength(coefficients, features);
        return new LogisticRegressionModel(
            LinearModelJson.Required(json["trainer"]).GetValue<string>(),
            features,
            LinearModelJson.Required(json["intercept"]).GetValue<double>(),
            coefficients,
            json["covariance"] is { } covariance ? LinearModelJson.ReadMatrix(covariance, features.Length + 1) : null);
    }
}
