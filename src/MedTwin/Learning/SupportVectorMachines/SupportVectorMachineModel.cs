using System.Text.Json.Nodes;

namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>
/// A fitted support vector classifier: the decision function Σᵢ cᵢ K(sᵢ, x) + b over its support vectors sᵢ (positive
/// means class 1), and Platt's sigmoid turning it into a probability.
/// </summary>
public sealed class SupportVectorMachineModel : ITrainedModel
{
    /// <summary>The <c>kind</c> of a saved support vector machine.</summary>
    public const string Kind = "support-vector-machine";

    private readonly KernelExpansion expansion;

    internal SupportVectorMachineModel(string trainerName, IReadOnlyList<string> featureNames, KernelExpansion expansion, double plattA, double plattB)
    {
        TrainerName = trainerName;
        FeatureNames = featureNames;
        this.expansion = expansion;
        PlattA = plattA;
        PlattB = plattB;
        Weights = expansion.Kernel.Kind == SvmKernel.Linear ? HyperplaneWeights(expansion, featureNames.Count) : null;
    }

    /// <inheritdoc />
    public string TrainerName { get; }

    /// <inheritdoc />
    public LearningTask Task => LearningTask.BinaryClassification;

    /// <inheritdoc />
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The kernel.</summary>
    public SvmKernel Kernel => expansion.Kernel.Kind;

    /// <summary>The RBF kernel's γ as used (resolved from the data for <see cref="SvmGamma.Scale"/>); 0 for the linear kernel.</summary>
    public double Gamma => expansion.Kernel.Gamma;

    /// <summary>The training rows with αᵢ &gt; 0, in training order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> SupportVectors => expansion.SupportVectors;

    /// <summary>How many support vectors.</summary>
    public int SupportVectorCount => expansion.SupportVectors.Length;

    /// <summary>Each support vector's coefficient cᵢ = ±αᵢ, positive for class 1 (scikit-learn's <c>dual_coef_</c>).</summary>
    public IReadOnlyList<double> DualCoefficients => expansion.Coefficients;

    /// <summary>The decision function's constant b (scikit-learn's <c>intercept_</c>).</summary>
    public double Intercept => expansion.Intercept;

    /// <summary>
    /// For the linear kernel, the weights w = Σᵢ cᵢ sᵢ of the separating hyperplane, one per feature (scikit-learn's
    /// <c>coef_</c>), so that the decision value is w·x + b; null for the RBF kernel.
    /// </summary>
    public IReadOnlyList<double>? Weights { get; }

    /// <summary>The slope A of Platt's sigmoid P(1 | f) = 1 / (1 + exp(A f + B)); negative when it is fitted well.</summary>
    public double PlattA { get; }

    /// <summary>The offset B of Platt's sigmoid.</summary>
    public double PlattB { get; }

    /// <summary>The probability of class 1, from Platt's sigmoid of the decision value.</summary>
    /// <exception cref="ArgumentException">The row does not have one value per feature.</exception>
    public double Predict(ReadOnlySpan<double> features) => PlattScaling.Probability(DecisionValue(features), PlattA, PlattB);

    /// <summary>The signed decision value; above 0 means class 1 (scikit-learn's <c>decision_function</c>).</summary>
    /// <exception cref="ArgumentException">The row does not have one value per feature.</exception>
    public double DecisionValue(ReadOnlySpan<double> features)
    {
        FeatureRow.Require(TrainerName, FeatureNames, features);
        return expansion.Decision(features);
    }

    /// <summary>The predicted class, 1 if the decision value is above 0 and 0 otherwise (scikit-learn's <c>predict</c>).</summary>
    /// <exception cref="ArgumentException">The row does not have one value per feature.</exception>
    public int PredictClass(ReadOnlySpan<double> features) => DecisionValue(features) > 0 ? 1 : 0;

    /// <inheritdoc />
    public JsonObject ToJson() => new()
    {
        ["kind"] = Kind,
        ["trainer"] = TrainerName,
        ["features"] = new JsonArray([.. FeatureNames.Select(name => JsonValue.Create(name))]),
        ["kernel"] = Kernel.ToString(),
        ["gamma"] = Gamma,
        ["intercept"] = Intercept,
        ["plattA"] = PlattA,
        ["plattB"] = PlattB,
        ["dualCoefficients"] = new JsonArray([.. expansion.Coefficients.Select(c => JsonValue.Create(c))]),
        ["supportVectors"] = new JsonArray([.. expansion.SupportVectors.Select(row => new JsonArray([.. row.Select(x => JsonValue.Create(x))]))]),
    };

    internal static SupportVectorMachineModel FromJson(JsonObject document)
    {
        var kernelName = document["kernel"]!.GetValue<string>();
        var kind = Enum.TryParse<SvmKernel>(kernelName, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new FormatException($"unknown kernel '{kernelName}'");
        var kernel = new KernelFunction(kind, document["gamma"]!.GetValue<double>());
        var expansion = new KernelExpansion(
            kernel,
            [.. document["supportVectors"]!.AsArray().Select(row => Doubles(row!.AsArray()))],
            Doubles(document["dualCoefficients"]!.AsArray()),
            document["intercept"]!.GetValue<double>());
        return new SupportVectorMachineModel(
            document["trainer"]!.GetValue<string>(),
            [.. document["features"]!.AsArray().Select(name => name!.GetValue<string>())],
            expansion,
            document["plattA"]!.GetValue<double>(),
            document["plattB"]!.GetValue<double>());
    }

    private static double[] HyperplaneWeights(KernelExpansion expansion, int featureCount)
    {
        var weights = new double[featureCount];
        for (var i = 0; i < expansion.SupportVectors.Length; i++)
        {
            for (var k = 0; k < featureCount; k++)
            {
                weights[k] += expansion.Coefficients[i] * expansion.SupportVectors[i][k];
            }
        }

        return weights;
    }

    private static double[] Doubles(JsonArray array) => [.. array.Select(value => value!.GetValue<double>())];
}
