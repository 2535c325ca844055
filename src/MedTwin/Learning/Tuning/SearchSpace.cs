namespace MedTwin.Learning.Tuning;

/// <summary>Named hyperparameters and their ranges, from which grid and random search draw candidates.</summary>
/// <example>
/// <code>
/// var space = new SearchSpace { ["lambda"] = ParameterRange.LogUniform(1e-3, 10), ["depth"] = ParameterRange.Integers(2, 6) };
/// var candidates = space.Sample(count: 20, seed: 7);
/// </code>
/// </example>
public sealed class SearchSpace
{
    private readonly List<KeyValuePair<string, ParameterRange>> parameters = [];

    /// <summary>The parameters, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, ParameterRange>> Parameters => parameters;

    /// <summary>Declares (or replaces) a parameter's range.</summary>
    public ParameterRange this[string name]
    {
        get => parameters.First(p => p.Key == name).Value;
        set
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentNullException.ThrowIfNull(value);
            parameters.RemoveAll(p => p.Key == name);
            parameters.Add(new(name, value));
        }
    }

    /// <summary>Every combination of the parameters' values, the last parameter varying fastest.</summary>
    /// <exception cref="LearningException">The space is empty, a list has no values, or a range is continuous.</exception>
    public IReadOnlyList<ParameterSet> Grid()
    {
        Validate();
        IEnumerable<IReadOnlyList<KeyValuePair<string, object>>> sets = [[]];
        foreach (var (name, range) in parameters)
        {
            var values = range.GridValues()
                ?? throw new LearningException("grid search", "a continuous range has no grid; list values or use random search", name);
            sets = sets.SelectMany(set => values.Select(v => (IReadOnlyList<KeyValuePair<string, object>>)[.. set, new(name, v)]));
        }

        return [.. sets.Select(s => new ParameterSet(s))];
    }

    /// <summary>Draws <paramref name="count"/> candidates independently, each parameter from its range, with the seed.</summary>
    /// <exception cref="LearningException">The space is empty, a range is empty or invalid, or count &lt; 1.</exception>
    public IReadOnlyList<ParameterSet> Sample(int count, int seed)
    {
        Validate();
        if (count < 1)
        {
            throw new LearningException("random search", $"the number of candidates must be at least 1; found {count}");
        }

        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => new ParameterSet([.. parameters.Select(p => new KeyValuePair<string, object>(p.Key, p.Value.Sample(random)))]))];
    }

    private void Validate()
    {
        if (parameters.Count == 0)
        {
            throw new LearningException("declaring the search space", "the search space has no parameters");
        }

        foreach (var (name, range) in parameters)
        {
            range.Validate(name);
        }
    }
}
