using System.Globalization;

namespace MedTwin.Learning.Tuning;

/// <summary>One candidate's hyperparameter values, by name, in the search space's order.</summary>
public sealed class ParameterSet
{
    private readonly IReadOnlyList<KeyValuePair<string, object>> values;

    /// <summary>Creates a set from name–value pairs.</summary>
    public ParameterSet(IReadOnlyList<KeyValuePair<string, object>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        this.values = values;
    }

    /// <summary>The names, in order.</summary>
    public IReadOnlyList<string> Names => [.. values.Select(v => v.Key)];

    /// <summary>The value of a parameter.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public object this[string name] =>
        values.FirstOrDefault(v => v.Key == name) is { Key: not null } pair
            ? pair.Value
            : throw new KeyNotFoundException($"No parameter '{name}'; the set has: {string.Join(", ", Names)}.");

    /// <summary>A numeric parameter as a double (integers are converted).</summary>
    public double Number(string name) => Convert.ToDouble(this[name], CultureInfo.InvariantCulture);

    /// <summary>An integer parameter.</summary>
    public int WholeNumber(string name) => Convert.ToInt32(this[name], CultureInfo.InvariantCulture);

    /// <summary>A parameter of a given type (text, boolean, …).</summary>
    public T Get<T>(string name) => (T)this[name];

    /// <summary>The set as invariant text, e.g. <c>lambda = 0.1, depth = 3</c>.</summary>
    public override string ToString() =>
        string.Join(", ", values.Select(v => $"{v.Key} = {(v.Value is double d ? d.ToString("G6", CultureInfo.InvariantCulture) : Convert.ToString(v.Value, CultureInfo.InvariantCulture))}"));
}
