using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Adds body mass index, weight (kg) / height (m)², as a real column in kg/m2. The inputs' units are declared: weight in
/// <c>kg</c>, height in <c>m</c> or <c>cm</c>; any other unit is an error (convert units in an earlier step). A missing
/// input gives a missing BMI; a height that is not positive is an error.
/// </summary>
public sealed record DeriveBmi : PreparationStep
{
    /// <summary>The weight column.</summary>
    public required string Weight { get; init; }

    /// <summary>The weight column's UCUM unit; must be <c>kg</c>.</summary>
    public required string WeightUnit { get; init; }

    /// <summary>The height column.</summary>
    public required string Height { get; init; }

    /// <summary>The height column's UCUM unit: <c>m</c> or <c>cm</c>.</summary>
    public required string HeightUnit { get; init; }

    /// <summary>The new column's name.</summary>
    public string Output { get; init; } = "bmi";

    internal override void Validate(StepContext context)
    {
        Parameters.RequireName(Weight, context, "weight");
        Parameters.RequireName(Height, context, "height");
        Parameters.RequireName(Output, context, "output");
        if (WeightUnit != "kg")
        {
            throw context.Error($"'weightUnit' must be \"kg\"; found \"{WeightUnit}\" (convert units in an earlier step)", Weight);
        }

        if (HeightUnit is not ("m" or "cm"))
        {
            throw context.Error($"'heightUnit' must be \"m\" or \"cm\"; found \"{HeightUnit}\" (convert units in an earlier step)", Height);
        }

        if (Weight == Height)
        {
            throw context.Error("'weight' and 'height' name the same column", Weight);
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context) => new Fitted(this);

    private sealed class Fitted(DeriveBmi step) : FittedStep(step)
    {
        public override string Description =>
            $"Added {step.Output} = {step.Weight} (kg) / ({step.Height} ({step.HeightUnit}){(step.HeightUnit == "cm" ? " / 100" : string.Empty)})^2, in kg/m2.";

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var weights = FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, step.Weight, context), context);
            var heights = FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, step.Height, context), context);
            if (FrameColumns.Contains(frame, step.Output))
            {
                throw FrameColumns.Exists(step.Output, context);
            }

            var divisor = step.HeightUnit == "cm" ? 100.0 : 1.0;
            var bmi = new double?[weights.Length];
            for (long row = 0; row < bmi.Length; row++)
            {
                if (heights[row] is <= 0)
                {
                    throw context.Error($"height must be positive to divide by; found {ValueText.Number(heights[row]!.Value)}", step.Height, row);
                }

                if (weights[row] is { } weight && heights[row] is { } height)
                {
                    var metres = height / divisor;
                    bmi[row] = weight / (metres * metres);
                }
            }

            var output = frame.Clone();
            output.Columns.Add(new DoubleDataFrameColumn(step.Output, bmi));
            return output;
        }
    }
}
