using MedTwin.Notebooks.Display;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// The formatter the kernel shows values with. Notebooks and libraries register formatters for their own types here
/// (<c>KernelFormatter.Current.Register&lt;T&gt;(...)</c>), as Polyglot Notebooks' <c>Formatter.Register</c> allows.
/// </summary>
public static class KernelFormatter
{
    /// <summary>The process's formatter.</summary>
    public static DisplayFormatter Current { get; } = new();

    /// <summary>Formats a value with <see cref="Current"/>.</summary>
    public static FormattedValue Format(object? value) => Current.Format(value);
}
