using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Encodes text categories as numbers, one-hot or ordinal. The levels are declared (<see cref="Levels"/>) or learnt from
/// the training rows in ordinal text order; a level not among them is an error, never a silent zero.
/// </summary>
public sealed record Encode : PreparationStep
{
    /// <summary>The text columns to encode.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>How to encode.</summary>
    public required EncodeMethod Method { get; init; }

    /// <summary>Declared level orders; a column not listed gets the training rows' levels in ordinal text order.</summary>
    public IReadOnlyList<CategoryLevels> Levels { get; init; } = [];

    /// <summary>For <see cref="EncodeMethod.OneHot"/>: leave out the first (reference) level's column, as regression needs.</summary>
    public bool DropFirst { get; init; }

    internal override void Validate(StepContext context)
    {
        Parameters.RequireColumns(Columns, context);
        Parameters.RequireDefined(Method, context, "method");
        if (Levels.Any(l => l is null))
        {
            throw context.Error("'levels' holds a null");
        }

        Parameters.RequireDistinct([.. Levels.Select(l => l.Column)], context, "levels");
        foreach (var declared in Levels)
        {
            if (!Columns.Contains(declared.Column, StringComparer.Ordinal))
            {
                throw context.Error("'levels' declares levels for a column the step does not encode", declared.Column);
            }

            if (declared.Levels is null || declared.Levels.Count == 0)
            {
                throw context.Error("'levels' must list at least one level", declared.Column);
            }

            var duplicate = declared.Levels.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null || declared.Levels.Any(string.IsNullOrEmpty))
            {
                throw context.Error($"'levels' must be distinct, non-empty texts{(duplicate is null ? string.Empty : $"; \"{duplicate.Key}\" appears twice")}", declared.Column);
            }
        }

        if (Method == EncodeMethod.Ordinal && DropFirst)
        {
            throw context.Error("'dropFirst' is for one-hot encoding, not ordinal");
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context)
    {
        var fits = new List<(string Column, IReadOnlyList<string> Levels)>();
        foreach (var name in Columns)
        {
            var values = FrameColumns.ReadText(FrameColumns.RequireText(training, name, context));
            var declared = Levels.FirstOrDefault(l => l.Column == name)?.Levels;
            if (declared is null)
            {
                var learnt = values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                fits.Add((name, learnt.Length == 0 ? throw context.Error(Impute.NoObserved(training.Rows.Count), name) : learnt));
            }
            else
            {
                fits.Add((name, declared));
            }
        }

        return new Fitted(this, fits);
    }

    private sealed class Fitted(Encode step, IReadOnlyList<(string Column, IReadOnlyList<string> Levels)> fits) : FittedStep(step)
    {
        public override IReadOnlyList<LearntStatistic> Statistics =>
            [.. fits.Select(f => new LearntStatistic(f.Column, "levels", null, string.Join(", ", f.Levels)))];

        public override string Description =>
            (step.Method == EncodeMethod.OneHot ? $"One-hot encoded{(step.DropFirst ? " (first level dropped)" : string.Empty)}" : "Ordinal encoded")
            + " " + string.Join("; ", fits.Select(f => $"{f.Column} [{string.Join(", ", f.Levels)}]")) + ".";

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var codes = fits.Select(f => Codes(frame, f.Column, f.Levels, context)).ToArray();
            var output = frame.Clone();
            for (var i = 0; i < fits.Count; i++)
            {
                var (name, levels) = fits[i];
                var index = output.Columns.IndexOf(name);
                if (step.Method == EncodeMethod.Ordinal)
                {
                    var before = output.Columns[index];
                    for (long row = 0; row < codes[i].Length; row++)
                    {
                        if (codes[i][row] is not null)
                        {
                            context.Changed(row, name, before[row], codes[i][row]);
                        }
                    }

                    output.Columns[index] = new Int32DataFrameColumn(name, codes[i]);
                    continue;
                }

                var indicators = levels.Select((level, l) => (level, l)).Skip(step.DropFirst ? 1 : 0)
                    .Select(x => new Int32DataFrameColumn($"{name}_{x.level}", codes[i].Select(code => code is null ? (int?)null : code == x.l ? 1 : 0)))
                    .ToArray();
                foreach (var indicator in indicators.Where(c => FrameColumns.Contains(frame, c.Name)))
                {
                    throw FrameColumns.Exists(indicator.Name, context);
                }

                output.Columns.RemoveAt(index);
                for (var j = 0; j < indicators.Length; j++)
                {
                    output.Columns.Insert(index + j, indicators[j]);
                }
            }

            return output;
        }

        private static int?[] Codes(DataFrame frame, string name, IReadOnlyList<string> levels, StepContext context)
        {
            var values = FrameColumns.ReadText(FrameColumns.RequireText(frame, name, context));
            var positions = levels.Select((level, position) => (level, position)).ToDictionary(x => x.level, x => x.position, StringComparer.Ordinal);
            var codes = new int?[values.Length];
            for (long row = 0; row < values.Length; row++)
            {
                if (values[row] is { } value)
                {
                    codes[row] = positions.TryGetValue(value, out var code)
                        ? code
                        : throw context.Error($"the level \"{value}\" is not one of the known levels ({string.Join(", ", levels)})", name, row);
                }
            }

            return codes;
        }
    }
}
