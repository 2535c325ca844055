using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// One declared step of a preparation recipe: parameters only, serialised with a <c>"step"</c> discriminator.
/// <see cref="Fit"/> learns what the step needs from training rows and returns the step ready to apply.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "step", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(DeclareMissing), "declareMissing")]
[JsonDerivedType(typeof(DropRows), "dropRows")]
[JsonDerivedType(typeof(DropColumns), "dropColumns")]
[JsonDerivedType(typeof(CheckPlausibility), "checkPlausibility")]
[JsonDerivedType(typeof(HandleOutliers), "outliers")]
[JsonDerivedType(typeof(Impute), "impute")]
[JsonDerivedType(typeof(ImputeNearestNeighbours), "imputeNearestNeighbours")]
[JsonDerivedType(typeof(Scale), "scale")]
[JsonDerivedType(typeof(Encode), "encode")]
[JsonDerivedType(typeof(DeriveBmi), "deriveBmi")]
[JsonDerivedType(typeof(DeriveAge), "deriveAge")]
[JsonDerivedType(typeof(ConvertUnits), "convertUnits")]
public abstract record PreparationStep
{
    private static readonly Dictionary<Type, string> Names = typeof(PreparationStep)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private protected PreparationStep()
    {
    }

    /// <summary>The step's name as the recipe JSON writes it, e.g. <c>impute</c>.</summary>
    [JsonIgnore]
    public string StepName => Names[GetType()];

    /// <summary>Learns from the training rows what the step needs (nothing, for steps that learn nothing).</summary>
    /// <param name="training">The training rows.</param>
    /// <param name="units">The UCUM unit of each column that has one, e.g. <see cref="Snapshots.Snapshot.Units"/>.</param>
    /// <exception cref="PreparationException">The parameters or the training rows do not suit the step.</exception>
    public FittedStep Fit(DataFrame training, IReadOnlyDictionary<string, string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        return FitInContext(training, new StepContext(StepName, position: null, units: units));
    }

    internal FittedStep FitInContext(DataFrame training, StepContext context)
    {
        Validate(context);
        return FitCore(training, context);
    }

    /// <summary>Checks the declared parameters alone, before any data is read.</summary>
    internal abstract void Validate(StepContext context);

    private protected abstract FittedStep FitCore(DataFrame training, StepContext context);
}
