using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Finds values outside each column's physiologically plausible range (<see cref="PhysiologicalRanges"/>, or the
/// study's bounds) and sets them missing, flags them, or removes their rows; it never clamps. A column whose unit differs
/// from the table's is an error: convert units in an earlier step.
/// </summary>
public sealed record CheckPlausibility : PreparationStep
{
    /// <summary>The suffix of the flag column that <see cref="ImplausibleValueAction.Flag"/> adds.</summary>
    public const string FlagSuffix = "_implausible";

    /// <summary>The columns to check, with their units and ranges.</summary>
    public required IReadOnlyList<PlausibleRange> Columns { get; init; }

    /// <summary>What to do with an implausible value.</summary>
    public ImplausibleValueAction Action { get; init; } = ImplausibleValueAction.SetMissing;

    internal override void Validate(StepContext context) => Resolve(context);

    private List<BoundsCheck.Rule> Resolve(StepContext context)
    {
        if (Columns is null || Columns.Count == 0 || Columns.Any(c => c is null))
        {
            throw context.Error("'columns' must list at least one column with its unit");
        }

        Parameters.RequireDistinct([.. Columns.Select(c => c.Column)], context);
        Parameters.RequireDefined(Action, context, "action");
        return [.. Columns.Select(range => Resolve(range, context))];
    }

    private static BoundsCheck.Rule Resolve(PlausibleRange range, StepContext context)
    {
        if (string.IsNullOrEmpty(range.Unit))
        {
            throw context.Error("'unit' must be the column's UCUM unit", range.Column);
        }

        Parameters.RequireFinite(range.Low, context, "low", range.Column);
        Parameters.RequireFinite(range.High, context, "high", range.Column);
        var variable = range.Variable ?? range.Column;
        var builtIn = PhysiologicalRanges.Find(variable);
        var needsTable = range.Low is null || range.High is null || range.Variable is not null;
        if (builtIn is null && needsTable)
        {
            throw context.Error(
                $"the built-in table has no variable '{variable}'; declare 'low' and 'high', or name one of its variables ({string.Join(", ", PhysiologicalRanges.All.Select(r => r.Variable))})",
                range.Column);
        }

        if (builtIn is not null && needsTable && !string.Equals(builtIn.Unit, range.Unit, StringComparison.Ordinal))
        {
            throw context.Error(
                $"the column's unit is '{range.Unit}' but the built-in range for '{variable}' is in '{builtIn.Unit}'; convert the unit first, or declare 'low' and 'high' in '{range.Unit}'",
                range.Column);
        }

        var low = range.Low ?? builtIn!.Low;
        var high = range.High ?? builtIn!.High;
        return low > high
            ? throw context.Error($"the range is contradictory: low {ValueText.Number(low)} is above high {ValueText.Number(high)}", range.Column)
            : new BoundsCheck.Rule(range.Column, low, high, $"plausible range {ValueText.Number(low)} to {ValueText.Number(high)} {range.Unit}");
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context) => new Fitted(this, Resolve(context));

    private sealed class Fitted(CheckPlausibility step, IReadOnlyList<BoundsCheck.Rule> rules) : FittedStep(step)
    {
        public override string Description =>
            $"{Verb(step.Action)} values outside their plausible ranges ("
            + string.Join("; ", rules.Select(r => $"{r.Column} {ValueText.Number(r.Low)} to {ValueText.Number(r.High)} {step.Columns.First(c => c.Column == r.Column).Unit}"))
            + ").";

        internal override DataFrame Transform(DataFrame frame, StepContext context) =>
            BoundsCheck.Apply(frame, rules, ToOutlierAction(step.Action), FlagSuffix, context);

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
