using MedTwin.Data.Units;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Converts numeric columns between UCUM units with the unit table of <see cref="UnitConverter"/>; converted columns
/// come out real (double), missing values stay missing, and the column carries its new unit. A column's present unit is
/// the one it carries (from snapshot.json) unless <see cref="UnitChange.From"/> declares it, and the two must agree. An
/// unknown unit, or a conversion between incompatible units (or one needing an analyte that is not given), is an error
/// before any data is read.
/// </summary>
public sealed record ConvertUnits : PreparationStep
{
    /// <summary>The columns to convert.</summary>
    public required IReadOnlyList<UnitChange> Columns { get; init; }

    internal override void Validate(StepContext context)
    {
        Parameters.RequireColumns(Columns?.Select(c => c.Column).ToList(), context);
        foreach (var change in Columns!)
        {
            // Without a declared 'from', only the target unit and the analyte can be checked before the data's units are known.
            Conversion(change, change.From ?? change.To, context);
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context) =>
        new Fitted(this, [.. Columns.Select(change => (change.Column, Conversion(change, context.UnitOf(change.Column, change.From, "from"), context)))]);

    private static UnitConversion Conversion(UnitChange change, string from, StepContext context)
    {
        Analyte? analyte = null;
        if (change.Analyte is not null && !Analyte.TryFind(change.Analyte, out analyte))
        {
            throw context.Error($"unknown analyte \"{change.Analyte}\"", change.Column);
        }

        try
        {
            return UnitConverter.Between(from, change.To, analyte);
        }
        catch (Exception e) when (e is UnitFormatException or UnitConversionException)
        {
            throw context.Error(e.Message, change.Column);
        }
    }

    private sealed class Fitted(ConvertUnits step, IReadOnlyList<(string Column, UnitConversion Conversion)> conversions) : FittedStep(step)
    {
        internal override void UpdateUnits(IDictionary<string, string> units)
        {
            foreach (var change in step.Columns)
            {
                units[change.Column] = change.To;
            }
        }

        public override string Description =>
            $"Converted units: {string.Join("; ", conversions.Select(c => $"{c.Column} {c.Conversion}"))}.";

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var columns = conversions.Select(c => FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, c.Column, context), context)).ToArray();
            var output = frame.Clone();
            for (var i = 0; i < conversions.Count; i++)
            {
                var (name, conversion) = conversions[i];
                var values = columns[i];
                for (long row = 0; row < values.Length; row++)
                {
                    if (values[row] is { } value)
                    {
                        values[row] = Convert(conversion, value, name, row, context);
                        context.Changed(row, name, value, values[row]);
                    }
                }

                output.Columns[output.Columns.IndexOf(name)] = new DoubleDataFrameColumn(name, values);
            }

            return output;
        }

        private static double Convert(UnitConversion conversion, double value, string column, long row, StepContext context)
        {
            try
            {
                return conversion.Apply(value);
            }
            catch (ArgumentException e)
            {
                throw context.Error(e.Message, column, row);
            }
        }
    }
}
