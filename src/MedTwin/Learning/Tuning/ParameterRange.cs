using System.Globalization;

namespace MedTwin.Learning.Tuning;

/// <summary>The values a hyperparameter may take: a list, a uniform or log-uniform interval, or an integer interval.</summary>
public abstract record ParameterRange
{
    private protected ParameterRange()
    {
    }

    /// <summary>Exactly these values (numbers, text, booleans), in this order.</summary>
    public static ParameterRange Values(params object[] values) => new ValueList(values);

    /// <summary>Real numbers drawn uniformly from [<paramref name="minimum"/>, <paramref name="maximum"/>) (random search only).</summary>
    public static ParameterRange Uniform(double minimum, double maximum) => new UniformRange(minimum, maximum, Logarithmic: false);

    /// <summary>Positive real numbers whose logarithm is uniform on [ln min, ln max) (random search only).</summary>
    public static ParameterRange LogUniform(double minimum, double maximum) => new UniformRange(minimum, maximum, Logarithmic: true);

    /// <summary>The integers from <paramref name="minimum"/> to <paramref name="maximum"/>, both included.</summary>
    public static ParameterRange Integers(int minimum, int maximum) => new IntegerRange(minimum, maximum);

    internal abstract void Validate(string name);

    /// <summary>Every value, for a grid; null when the range is continuous.</summary>
    internal abstract IReadOnlyList<object>? GridValues();

    internal abstract object Sample(Random random);

    private sealed record ValueList(IReadOnlyList<object> Items) : ParameterRange
    {
        internal override void Validate(string name)
        {
            if (Items is null || Items.Count == 0)
            {
                throw new LearningException("declaring the search space", "the parameter has no values", name);
            }

            if (Items.Any(v => v is null))
            {
                throw new LearningException("declaring the search space", "a value is null", name);
            }
        }

        internal override IReadOnlyList<object> GridValues() => Items;

        internal override object Sample(Random random) => Items[random.Next(Items.Count)];
    }

    private sealed record UniformRange(double Minimum, double Maximum, bool Logarithmic) : ParameterRange
    {
        internal override void Validate(string name)
        {
            if (!double.IsFinite(Minimum) || !double.IsFinite(Maximum) || !(Minimum < Maximum))
            {
                throw new LearningException(
                    "declaring the search space", FormattableString.Invariant($"expected finite bounds with minimum < maximum; found [{Minimum:R}, {Maximum:R}]"), name);
            }

            if (Logarithmic && Minimum <= 0)
            {
                throw new LearningException(
                    "declaring the search space", FormattableString.Invariant($"a log-uniform range needs a positive minimum; found {Minimum:R}"), name);
            }
        }

        internal override IReadOnlyList<object>? GridValues() => null;

        internal override object Sample(Random random)
        {
            var u = random.NextDouble();
            return Logarithmic
                ? Math.Exp(Math.Log(Minimum) + (u * (Math.Log(Maximum) - Math.Log(Minimum))))
                : Minimum + (u * (Maximum - Minimum));
        }
    }

    private sealed record IntegerRange(int Minimum, int Maximum) : ParameterRange
    {
        internal override void Validate(string name)
        {
            if (Minimum > Maximum)
            {
                throw new LearningException(
                    "declaring the search space", string.Create(CultureInfo.InvariantCulture, $"the integer range [{Minimum}, {Maximum}] is empty"), name);
            }
        }

        internal override IReadOnlyList<object> GridValues() => [.. Enumerable.Range(Minimum, Maximum - Minimum + 1).Cast<object>()];

        internal override object Sample(Random random) => random.Next(Minimum, Maximum + 1);
    }
}
