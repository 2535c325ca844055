using System.Globalization;
using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;

namespace MedTwin.Learning.Validation;

/// <summary>
/// What a model is validated on: the raw frame, the outcome, the features and the preparation recipe that is fitted
/// inside each fold on its training rows only.
/// </summary>
public sealed record ValidationSetup
{
    /// <summary>The rows as collected, before preparation.</summary>
    public required DataFrame Frame { get; init; }

    /// <summary>The outcome column.</summary>
    public required string Label { get; init; }

    /// <summary>What the outcome is.</summary>
    public required LearningTask Task { get; init; }

    /// <summary>The feature columns after preparation; null for every numeric column but the label.</summary>
    public IReadOnlyList<string>? Features { get; init; }

    /// <summary>The level of a text label coded 1 (e.g. <c>pos</c>).</summary>
    public string? PositiveClass { get; init; }

    /// <summary>The preparation fitted on each fold's training rows and applied to both sides; null for none.</summary>
    public PreparationRecipe? Recipe { get; init; }

    /// <summary>The columns' UCUM units, for recipe steps that need them.</summary>
    public IReadOnlyDictionary<string, string>? Units { get; init; }

    /// <summary>The outcome of every row of <see cref="Frame"/>, coded as <see cref="LearningData"/> codes it (for stratified folds).</summary>
    /// <exception cref="LearningException">The label column is missing, or a value is missing or not codable.</exception>
    public IReadOnlyList<double> Labels()
    {
        const string Operation = "reading the labels for validation";
        var index = Frame.Columns.IndexOf(Label);
        if (index < 0)
        {
            throw new LearningException(Operation, "no such column", Label);
        }

        var column = Frame.Columns[index];
        var labels = new double[column.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = column[i] switch
            {
                null => throw new LearningException(Operation, "the label is missing", Label, i),
                string text when PositiveClass is not null => text == PositiveClass ? 1 : 0,
                bool flag => flag ? 1 : 0,
                string text => throw new LearningException(Operation, $"found the text '{text}'; name the positive class", Label, i),
                var value => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            };
        }

        return labels;
    }

    /// <summary>Folds for this setup: stratified k-fold for classification, k-fold for regression.</summary>
    /// <exception cref="LearningException">See <see cref="Validation.Folds.StratifiedKFold"/> and <see cref="Validation.Folds.KFold"/>.</exception>
    public Folds Folds(int k, int seed, int repeats = 1) =>
        Task == LearningTask.BinaryClassification
            ? Validation.Folds.StratifiedKFold(Labels(), k, seed, repeats)
            : Validation.Folds.KFold(checked((int)Frame.Rows.Count), k, seed, repeats);
}
