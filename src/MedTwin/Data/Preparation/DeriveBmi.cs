using MedTwin.Data.Units;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Adds body mass index, weight (kg) / height (m)², as a real column in kg/m2. Each input's unit is the one the column
/// carries (from snapshot.json) unless the step declares it; weight may be in any unit of mass and height in any unit of
/// length (<c>[lb_av]</c>, <c>[in_i]</c>, <c>cm</c>…), converted with the unit table, and any other unit is an error. A
/// missing input gives a missing BMI; a height that is not positive is an error.
/// </summary>
public sealed record DeriveBmi : PreparationStep
{
    /// <summary>The weight column.</summary>
    public required string Weight { get; init; }

    /// <summary>The weight column's UCUM unit; the unit the column carries when omitted.</summary>
    public string? WeightUnit { get; init; }

    /// <summary>The height column.</summary>
    public required string Height { get; init; }

    /// <summary>The height column's UCUM unit; the unit the column carries when omitted.</summary>
    public string? HeightUnit { get; init; }

    /// <summary>The new column's name.</summary>
    public string Output { get; init; } = "bmi";

    internal override void Validate(StepContext context)
    {
        Parameters.RequireName(Weight, context, "weight");
        Parameters.RequireName(Height, context, "height");
        Parameters.RequireName(Output, context, "output");
        if (Weight == Height)
        {
            throw context.Error("'weight' and 'height' name the same column", Weight);
        }

        if (WeightUnit is not null)
        {
            Conversion(Weight, WeightUnit, "kg", "weightUnit", context);
        }

        if (HeightUnit is not null)
        {
            Conversion(Height, HeightUnit, "m", "heightUnit", context);
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context) => new Fitted(
        this,
        Conversion(Weight, context.UnitOf(Weight, WeightUnit, "weightUnit"), "kg", "weightUnit", context),
        Conversion(Height, context.UnitOf(Height, HeightUnit, "heightUnit"), "m", "heightUnit", context));

    private static UnitConversion Conversion(string column, string unit, string target, string parameter, StepContext context)
    {
        try
        {
            return UnitConverter.Between(unit, target);
        }
        catch (Exception e) when (e is UnitFormatException or UnitConversionException)
        {
            throw context.Error($"'{parameter}' \"{unit}\" does not convert to {target}: {e.Message}", column);
        }
    }

    private sealed class Fitted(DeriveBmi step, UnitConversion toKilograms, UnitConversion toMetres) : FittedStep(step)
    {
        internal override void UpdateUnits(IDictionary<string, string> units) => units[step.Output] = "kg/m2";

        public override string Description =>
            $"Added {step.Output} = {Input(step.Weight, toKilograms)} / {Input(step.Height, toMetres)}^2, in kg/m2.";

        private static string Input(string column, UnitConversion conversion) =>
            conversion.From.Equals(conversion.To) ? $"{column} ({conversion.To.Code})" : $"{column} ({conversion.From.Code} converted to {conversion.To.Code})";

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var weights = FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, step.Weight, context), context);
            var heights = FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, step.Height, context), context);
            if (FrameColumns.Contains(frame, step.Output))
            {
                throw FrameColumns.Exists(step.Output, context);
            }

            var bmi = new double?[weights.Length];
            for (long row = 0; row < bmi.Length; row++)
            {
                if (heights[row] is <= 0)
                {
                    throw context.Error($"height must be positive to divide by; found {ValueText.Number(heights[row]!.Value)}", step.Height, row);
                }

                if (weights[row] is { } weight && heights[row] is { } height)
                {
                    var metres = toMetres.Apply(height);
                    bmi[row] = toKilograms.Apply(weight) / (metres * metres);
                }
            }

            var output = frame.Clone();
            output.Columns.Add(new DoubleDataFrameColumn(step.Output, bmi));
            return output;
        }
    }
}
