using MedTwin.Data.Units;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Finds values outside each column's physiologically plausible range (<see cref="PhysiologicalRanges"/>, or the
/// study's bounds) and sets them missing, flags them, or removes their rows; it never clamps. The column's unit is the one
/// it carries (from snapshot.json) unless <see cref="PlausibleRange.Unit"/> declares it. A built-in range in another unit
/// is converted to the column's unit (glucose in mmol/L is checked against the table's mg/dL range converted with
/// glucose's molar mass); a unit the table's cannot be converted to is an error.
/// </summary>
public sealed record CheckPlausibility : PreparationStep
{
    /// <summary>The suffix of the flag column that <see cref="ImplausibleValueAction.Flag"/> adds.</summary>
    public const string FlagSuffix = "_implausible";

    /// <summary>The columns to check, with their ranges.</summary>
    public required IReadOnlyList<PlausibleRange> Columns { get; init; }

    /// <summary>What to do with an implausible value.</summary>
    public ImplausibleValueAction Action { get; init; } = ImplausibleValueAction.SetMissing;

    internal override void Validate(StepContext context)
    {
        if (Columns is null || Columns.Count == 0 || Columns.Any(c => c is null))
        {
            throw context.Error("'columns' must list at least one column");
        }

        Parameters.RequireDistinct([.. Columns.Select(c => c.Column)], context);
        Parameters.RequireDefined(Action, context, "action");
        foreach (var range in Columns)
        {
            if (range.Unit is not null)
            {
                Resolve(range, range.Unit, context);
            }
            else
            {
                CheckBounds(range, context);
            }
        }
    }

    private static PhysiologicalRange? CheckBounds(PlausibleRange range, StepContext context)
    {
        if (range.Unit is { Length: 0 })
        {
            throw context.Error("'unit' must be the column's UCUM unit, or be left out to use the unit the column carries", range.Column);
        }

        Parameters.RequireFinite(range.Low, context, "low", range.Column);
        Parameters.RequireFinite(range.High, context, "high", range.Column);
        var variable = range.Variable ?? range.Column;
        var builtIn = PhysiologicalRanges.Find(variable);
        if (builtIn is null && NeedsTable(range))
        {
            throw context.Error(
                $"the built-in table has no variable '{variable}'; declare 'low' and 'high', or name one of its variables ({string.Join(", ", PhysiologicalRanges.All.Select(r => r.Variable))})",
                range.Column);
        }

        if (range is { Low: { } low, High: { } high } && low > high)
        {
            throw context.Error($"the range is contradictory: low {ValueText.Number(low)} is above high {ValueText.Number(high)}", range.Column);
        }

        return NeedsTable(range) ? builtIn : null;
    }

    private static bool NeedsTable(PlausibleRange range) => range.Low is null || range.High is null || range.Variable is not null;

    private static Bounds Resolve(PlausibleRange range, string unit, StepContext context)
    {
        var builtIn = CheckBounds(range, context);
        var (tableLow, tableHigh) = builtIn is null ? (double.NaN, double.NaN) : InColumnUnit(builtIn, unit, range.Column, context);
        var low = range.Low ?? tableLow;
        var high = range.High ?? tableHigh;
        if (low > high)
        {
            throw context.Error($"the range is contradictory: low {ValueText.Number(low)} is above high {ValueText.Number(high)} {unit}", range.Column);
        }

        var origin = builtIn is not null && builtIn.Unit != unit ? $" (the table's {ValueText.Number(builtIn.Low)} to {ValueText.Number(builtIn.High)} {builtIn.Unit})" : string.Empty;
        return new Bounds(new BoundsCheck.Rule(range.Column, low, high, $"plausible range {ValueText.Number(low)} to {ValueText.Number(high)} {unit}"), unit, origin);
    }

    private static (double Low, double High) InColumnUnit(PhysiologicalRange builtIn, string unit, string column, StepContext context)
    {
        if (builtIn.Unit == unit)
        {
            return (builtIn.Low, builtIn.High);
        }

        try
        {
            var conversion = UnitConverter.Between(builtIn.Unit, unit, Analyte.TryFind(builtIn.Variable, out var analyte) ? analyte : null);
            var (low, high) = (conversion.Apply(builtIn.Low), conversion.Apply(builtIn.High));
            return (Math.Min(low, high), Math.Max(low, high));
        }
        catch (Exception e) when (e is UnitFormatException or UnitConversionException)
        {
            throw context.Error(
                $"the column's unit is '{unit}' but the built-in range for '{builtIn.Variable}' is in '{builtIn.Unit}', which does not convert to it ({e.Message}); convert the column first, or declare 'low' and 'high' in '{unit}'",
                column);
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context) =>
        new Fitted(this, [.. Columns.Select(range => Resolve(range, context.UnitOf(range.Column, range.Unit, "unit"), context))]);

    private sealed record Bounds(BoundsCheck.Rule Rule, string Unit, string Origin);

    private sealed class Fitted(CheckPlausibility step, IReadOnlyList<Bounds> bounds) : FittedStep(step)
    {
        public override string Description =>
            $"{Verb(step.Action)} values outside their plausible ranges ("
            + string.Join("; ", bounds.Select(b => $"{b.Rule.Column} {ValueText.Number(b.Rule.Low)} to {ValueText.Number(b.Rule.High)} {b.Unit}{b.Origin}"))
            + ").";

        internal override DataFrame Transform(DataFrame frame, StepContext context) =>
            BoundsCheck.Apply(frame, [.. bounds.Select(b => b.Rule)], ToOutlierAction(step.Action), FlagSuffix, context);

        private static string Verb(ImplausibleValueAction action) => action switch
        {
            ImplausibleValueAction.SetMissing => "Set missing the",
            ImplausibleValueAction.Flag => "Flagged",
            _ => "Removed the rows with",
        };

        private static OutlierAction ToOutlierAction(ImplausibleValueAction action) => action switch
        {
            ImplausibleValueAction.SetMissing => OutlierAction.SetMissing,
            ImplausibleValueAction.Flag => OutlierAction.Flag,
            _ => OutlierAction.RejectRow,
        };
    }
}
