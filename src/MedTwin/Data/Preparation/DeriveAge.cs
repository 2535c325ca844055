using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Adds age in whole years (UCUM <c>a</c>) at an index date, from a birth-date column holding dates or ISO 8601 texts
/// (<c>yyyy-MM-dd</c>). The index date is one date for every row (<see cref="IndexDate"/>) or a column
/// (<see cref="IndexDateColumn"/>). A birthday counts once its month and day are reached, so someone born on 29 February
/// turns a year older on 1 March in common years. A birth date after the index date is an error.
/// </summary>
public sealed record DeriveAge : PreparationStep
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The birth-date column.</summary>
    public required string BirthDate { get; init; }

    /// <summary>One index date for every row, as <c>yyyy-MM-dd</c>.</summary>
    public string? IndexDate { get; init; }

    /// <summary>A column holding each row's index date.</summary>
    public string? IndexDateColumn { get; init; }

    /// <summary>The new column's name.</summary>
    public string Output { get; init; } = "age";

    internal override void Validate(StepContext context)
    {
        Parameters.RequireName(BirthDate, context, "birthDate");
        Parameters.RequireName(Output, context, "output");
        if ((IndexDate is null) == (IndexDateColumn is null))
        {
            throw context.Error("declare exactly one of 'indexDate' (one date) and 'indexDateColumn' (a column)");
        }

        if (IndexDate is not null && !TryParse(IndexDate, out _))
        {
            throw context.Error($"'indexDate' must be a date written {DateFormat}; found \"{IndexDate}\"");
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context) => new Fitted(this);

    internal static int Years(DateOnly birth, DateOnly index)
    {
        var years = index.Year - birth.Year;
        return (index.Month, index.Day).CompareTo((birth.Month, birth.Day)) < 0 ? years - 1 : years;
    }

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private sealed class Fitted(DeriveAge step) : FittedStep(step)
    {
        internal override void UpdateUnits(IDictionary<string, string> units) => units[step.Output] = "a";

        public override string Description =>
            $"Added {step.Output}, whole years from {step.BirthDate} to {(step.IndexDate is null ? $"the date in {step.IndexDateColumn}" : step.IndexDate)}.";

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var births = Dates(frame, step.BirthDate, context);
            DateOnly? fixedIndex = step.IndexDate is null ? null : DateOnly.ParseExact(step.IndexDate, DateFormat, CultureInfo.InvariantCulture);
            var indexes = step.IndexDateColumn is null ? null : Dates(frame, step.IndexDateColumn, context);
            if (FrameColumns.Contains(frame, step.Output))
            {
                throw FrameColumns.Exists(step.Output, context);
            }

            var ages = new int?[births.Length];
            for (long row = 0; row < ages.Length; row++)
            {
                var index = fixedIndex ?? indexes![row];
                if (births[row] is not { } birth || index is null)
                {
                    continue;
                }

                ages[row] = birth <= index.Value
                    ? Years(birth, index.Value)
                    : throw context.Error(
                        $"the birth date {birth.ToString(DateFormat, CultureInfo.InvariantCulture)} is after the index date {index.Value.ToString(DateFormat, CultureInfo.InvariantCulture)}",
                        step.BirthDate,
                        row);
            }

            var output = frame.Clone();
            output.Columns.Add(new Int32DataFrameColumn(step.Output, ages));
            return output;
        }

        private static DateOnly?[] Dates(DataFrame frame, string name, StepContext context)
        {
            var column = FrameColumns.Require(frame, name, context);
            if (column.DataType != typeof(DateTime) && !FrameColumns.IsText(column))
            {
                throw context.Error($"expected dates or {DateFormat} texts; found {FrameColumns.Describe(column)}", name);
            }

            var dates = new DateOnly?[column.Length];
            for (long row = 0; row < column.Length; row++)
            {
                dates[row] = column[row] switch
                {
                    null => null,
                    DateTime time => DateOnly.FromDateTime(time),
                    string text when TryParse(text, out var date) => date,
                    var other => throw context.Error($"expected a date written {DateFormat}; found \"{other}\"", name, row),
                };
            }

            return dates;
        }
    }
}
