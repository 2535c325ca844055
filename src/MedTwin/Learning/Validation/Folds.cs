using System.Globalization;
using System.Text;

namespace MedTwin.Learning.Validation;

/// <summary>
/// A resampling plan as a value: the row indices of every fold. Made once from a seed and reused for every trainer, it
/// makes comparisons paired (each model is scored on exactly the same held-out rows). Two plans with the same rows are equal.
/// </summary>
public sealed class Folds : IEquatable<Folds>
{
    private const string Operation = "splitting the rows into folds";

    private Folds(string description, int rowCount, IReadOnlyList<Fold> items)
    {
        Description = description;
        RowCount = rowCount;
        Items = items;
    }

    /// <summary>The plan in words, e.g. <c>stratified 5-fold cross-validation × 2 repeats (seed 42)</c>.</summary>
    public string Description { get; }

    /// <summary>The number of rows split.</summary>
    public int RowCount { get; }

    /// <summary>The folds, by repeat then index.</summary>
    public IReadOnlyList<Fold> Items { get; }

    /// <summary>The number of repeats.</summary>
    public int Repeats => Items.Max(f => f.Repeat) + 1;

    /// <summary>
    /// k-fold cross-validation, repeated <paramref name="repeats"/> times with a fresh shuffle each: the rows are shuffled
    /// (seeded) and cut into k folds whose sizes differ by at most one, the first n mod k folds one row larger (as scikit-learn's KFold).
    /// </summary>
    /// <exception cref="LearningException">Fewer than 2 rows, k &lt; 2, k greater than the rows, or repeats &lt; 1.</exception>
    public static Folds KFold(int rowCount, int k, int seed, int repeats = 1)
    {
        RequireK(rowCount, k, repeats);
        var folds = new List<Fold>();
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            var order = Shuffled(Enumerable.Range(0, rowCount).ToArray(), SeedDerivation.Derive(seed, repeat));
            var assignment = new int[rowCount];
            var position = 0;
            for (var fold = 0; fold < k; fold++)
            {
                var size = (rowCount / k) + (fold < rowCount % k ? 1 : 0);
                for (var j = 0; j < size; j++)
                {
                    assignment[order[position++]] = fold;
                }
            }

            folds.AddRange(FromAssignment(assignment, k, repeat));
        }

        return new Folds(Describe($"{k}-fold cross-validation", repeats, seed), rowCount, folds);
    }

    /// <summary>
    /// Stratified k-fold cross-validation on 0/1 labels, repeated with a fresh shuffle each: every fold gets each class in
    /// the counts scikit-learn's StratifiedKFold (1.2) allocates (the sorted labels dealt round-robin to the folds); which
    /// rows go where is MedTwin's own seeded shuffle, not scikit-learn's.
    /// </summary>
    /// <exception cref="LearningException">A label not 0/1, k &lt; 2, k greater than the rows, a class with fewer rows than folds, or repeats &lt; 1.</exception>
    public static Folds StratifiedKFold(IReadOnlyList<double> labels, int k, int seed, int repeats = 1)
    {
        ArgumentNullException.ThrowIfNull(labels);
        RequireK(labels.Count, k, repeats);
        var classes = RequireBinary(labels);
        foreach (var (label, rows) in classes)
        {
            if (rows.Length < k)
            {
                throw new LearningException(
                    Operation,
                    $"class {label.ToString(CultureInfo.InvariantCulture)} has {rows.Length} rows, fewer than the {k} folds; every fold needs each class");
            }
        }

        var folds = new List<Fold>();
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            var assignment = new int[labels.Count];
            var offset = 0;
            for (var c = 0; c < classes.Count; c++)
            {
                var rows = Shuffled(classes[c].Rows, SeedDerivation.Derive(seed, repeat, c));
                var position = 0;
                for (var fold = 0; fold < k; fold++)
                {
                    for (var j = 0; j < ClassCountInFold(offset, rows.Length, fold, k); j++)
                    {
                        assignment[rows[position++]] = fold;
                    }
                }

                offset += rows.Length;
            }

            folds.AddRange(FromAssignment(assignment, k, repeat));
        }

        return new Folds(Describe($"stratified {k}-fold cross-validation", repeats, seed), labels.Count, folds);
    }

    /// <summary>One hold-out split: a seeded share of the rows (rounded up, as scikit-learn's train_test_split) is held out.</summary>
    /// <exception cref="LearningException">Fewer than 2 rows, or a test share that leaves either side empty.</exception>
    public static Folds HoldOut(int rowCount, double testFraction, int seed)
    {
        var testCount = RequireHoldOut(rowCount, testFraction);
        var order = Shuffled(Enumerable.Range(0, rowCount).ToArray(), SeedDerivation.Derive(seed, 0));
        var test = order.Take(testCount).Order().ToArray();
        return new Folds(
            FormattableString.Invariant($"hold-out ({testFraction:R} of rows held out, seed {seed})"),
            rowCount,
            [new Fold(0, 0, [.. order.Skip(testCount).Order()], test)]);
    }

    /// <summary>True when both plans hold the same folds.</summary>
    public bool Equals(Folds? other) => other is not null && RowCount == other.RowCount && Items.SequenceEqual(other.Items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Folds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RowCount, Items.Count, Items[0]);

    /// <summary>The description.</summary>
    public override string ToString() => Description;

    /// <summary>
    /// How many of one class's rows scikit-learn's StratifiedKFold puts in a fold: the labels sorted and dealt round-robin,
    /// this class occupying sorted positions [offset, offset + count).
    /// </summary>
    private static int ClassCountInFold(int offset, int count, int fold, int k)
    {
        int Dealt(int positions) => positions <= fold ? 0 : ((positions - fold - 1) / k) + 1;
        return Dealt(offset + count) - Dealt(offset);
    }

    private static List<(double Label, int[] Rows)> RequireBinary(IReadOnlyList<double> labels)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is not (0 or 1))
            {
                throw new LearningException(Operation, $"stratification needs 0/1 labels; found {labels[i].ToString("R", CultureInfo.InvariantCulture)}", "label", i);
            }
        }

        var classes = new List<(double Label, int[] Rows)>();
        for (var label = 0; label <= 1; label++)
        {
            var rows = Enumerable.Range(0, labels.Count).Where(i => labels[i] == label).ToArray();
            if (rows.Length > 0)
            {
                classes.Add((label, rows));
            }
        }

        return classes;
    }

    private static void RequireK(int rowCount, int k, int repeats)
    {
        if (k < 2)
        {
            throw new LearningException(Operation, $"the number of folds k must be at least 2; found {k}");
        }

        if (k > rowCount)
        {
            throw new LearningException(Operation, $"the number of folds k = {k} exceeds the {rowCount} rows");
        }

        if (repeats < 1)
        {
            throw new LearningException(Operation, $"the number of repeats must be at least 1; found {repeats}");
        }
    }

    private static int RequireHoldOut(int rowCount, double testFraction)
    {
        if (!(testFraction > 0 && testFraction < 1))
        {
            throw new LearningException(Operation, FormattableString.Invariant($"the test share must lie strictly between 0 and 1; found {testFraction:R}"));
        }

        var testCount = (int)Math.Ceiling(testFraction * rowCount);
        return testCount >= 1 && testCount < rowCount
            ? testCount
            : throw new LearningException(Operation, FormattableString.Invariant($"holding out {testFraction:R} of {rowCount} rows leaves a side empty"));
    }

    private static IEnumerable<Fold> FromAssignment(int[] assignment, int k, int repeat) =>
        Enumerable.Range(0, k).Select(fold => new Fold(
            repeat,
            fold,
            [.. Enumerable.Range(0, assignment.Length).Where(i => assignment[i] != fold)],
            [.. Enumerable.Range(0, assignment.Length).Where(i => assignment[i] == fold)]));

    private static int[] Shuffled(int[] rows, int seed)
    {
        var copy = (int[])rows.Clone();
        var random = new Random(seed);
        for (var i = copy.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private static string Describe(string plan, int repeats, int seed)
    {
        var text = new StringBuilder(plan);
        if (repeats > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $" × {repeats} repeats");
        }

        return text.Append(CultureInfo.InvariantCulture, $" (seed {seed})").ToString();
    }
}
