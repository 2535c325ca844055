using System.Globalization;

namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>The γ of the RBF kernel: a number, or <see cref="Scale"/> to derive it from the training features.</summary>
public sealed record SvmGamma
{
    private SvmGamma(double? value)
    {
        Value = value;
    }

    /// <summary>γ = 1 / (feature count × variance of all feature values), as scikit-learn's <c>gamma='scale'</c>.</summary>
    public static SvmGamma Scale { get; } = new((double?)null);

    /// <summary>The fixed γ, or null for <see cref="Scale"/>.</summary>
    public double? Value { get; }

    /// <summary>A fixed γ.</summary>
    /// <exception cref="ArgumentOutOfRangeException">γ is not a finite number above 0.</exception>
    public static SvmGamma Of(double value) =>
        value > 0 && double.IsFinite(value)
            ? new SvmGamma(value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Gamma must be a finite number above 0.");

    /// <summary><c>scale</c>, or the number in invariant round-trip form.</summary>
    public override string ToString() => Value is { } value ? value.ToString("R", CultureInfo.InvariantCulture) : "scale";

    internal double Resolve(LearningData data, string operation)
    {
        if (Value is { } value)
        {
            return value;
        }

        var count = (double)data.RowCount * data.FeatureCount;
        var mean = 0.0;
        for (var i = 0; i < data.RowCount; i++)
        {
            foreach (var x in data.Row(i))
            {
                mean += x;
            }
        }

        mean /= count;
        var variance = 0.0;
        for (var i = 0; i < data.RowCount; i++)
        {
            foreach (var x in data.Row(i))
            {
                variance += (x - mean) * (x - mean);
            }
        }

        variance /= count;
        return variance > 0
            ? 1.0 / (data.FeatureCount * variance)
            : throw new LearningException(operation, "every feature value is the same, so gamma 'scale' (1 / (features × variance)) is undefined");
    }
}
