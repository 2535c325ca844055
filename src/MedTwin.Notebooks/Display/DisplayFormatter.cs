using System.Globalization;

namespace MedTwin.Notebooks.Display;

/// <summary>
/// Turns any value a notebook cell returns or displays into a Jupyter mime bundle. Every value gets text/plain;
/// data frames and sequences of objects also get text/html, and Plotly.NET charts get their figure
/// (application/vnd.plotly.v1+json) and a static SVG rendering. Formatting runs in the invariant
/// culture and gives the same bytes for the same value on every run.
/// </summary>
/// <remarks>
/// Library types add their own representations with <see cref="Register{T}"/>. For each mime type the formatter
/// registered for the most derived type of the value wins (a class over an interface); for the same type, the later
/// registration. Not safe for concurrent registration and formatting.
/// </remarks>
public sealed class DisplayFormatter
{
    private readonly List<FormatterRegistration> registrations = [];

    /// <summary>A formatter with the built-in formatters and <see cref="FormatterOptions.Default"/>.</summary>
    public DisplayFormatter()
        : this(FormatterOptions.Default)
    {
    }

    /// <summary>A formatter with the built-in formatters and the given limits.</summary>
    /// <param name="options">How many rows and items to show.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative.</exception>
    public DisplayFormatter(FormatterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRows, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxItems, nameof(options));
        Options = options;
        foreach (var (type, mimeType, format) in BuiltInFormatters.All())
        {
            Add(type, mimeType, format);
        }
    }

    /// <summary>The limits this formatter shows large values with.</summary>
    public FormatterOptions Options { get; }

    /// <summary>Registers <paramref name="format"/> for values of <typeparamref name="T"/> and its derived types.</summary>
    /// <typeparam name="T">The type of value formatted.</typeparam>
    /// <param name="mimeType">The mime type produced, e.g. <see cref="MimeTypes.Html"/>.</param>
    /// <param name="format">Returns the representation, or <see langword="null"/> to leave the value to a less specific formatter.</param>
    public void Register<T>(string mimeType, Func<T, string?> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Register(typeof(T), mimeType, value => format((T)value));
    }

    /// <summary>Registers <paramref name="format"/> for values of <paramref name="type"/> and its derived types.</summary>
    /// <param name="type">The type of value formatted; a class, struct or interface, not an open generic type.</param>
    /// <param name="mimeType">The mime type produced, e.g. <see cref="MimeTypes.Html"/>.</param>
    /// <param name="format">Returns the representation, or <see langword="null"/> to leave the value to a less specific formatter.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is an open generic type or <paramref name="mimeType"/> is blank.</exception>
    public void Register(Type type, string mimeType, Func<object, string?> format)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(mimeType);
        ArgumentNullException.ThrowIfNull(format);
        if (type.ContainsGenericParameters)
        {
            throw new ArgumentException(
                $"Cannot register a formatter for the open generic type {type}: register it for a closed type such as {type.Name.Split('`')[0]}<string>.",
                nameof(type));
        }

        Add(type, mimeType, (value, _) => format(value));
    }

    /// <summary>The mime bundle of <paramref name="value"/>, ordered by mime type.</summary>
    /// <param name="value">Any value; <see langword="null"/> gives text/plain "&lt;null&gt;".</param>
    /// <returns>The representations, text/plain always among them.</returns>
    public FormattedValue Format(object? value)
    {
        if (value is null)
        {
            return new FormattedValue([new(MimeTypes.PlainText, PlainTextFormatter.Null)]);
        }

        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // Custom formatters and ToString overrides (records) format numbers with the current culture.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return FormatInvariant(value);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private FormattedValue FormatInvariant(object value)
    {
        var valueType = value.GetType();
        var context = new FormatContext(Options);
        var data = new List<KeyValuePair<string, string>>();
        var candidatesByMimeType = registrations
            .Where(registration => registration.Type.IsAssignableFrom(valueType))
            .GroupBy(registration => registration.MimeType, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var candidates in candidatesByMimeType)
        {
            var text = candidates
                .OrderBy(registration => registration.DistanceFrom(valueType))
                .ThenByDescending(registration => registration.Order)
                .Select(registration => registration.Format(value, context))
                .FirstOrDefault(text => text is not null);
            if (text is not null)
            {
                data.Add(new(candidates.Key, text));
            }
        }

        return new FormattedValue(data);
    }

    private void Add(Type type, string mimeType, Func<object, FormatContext, string?> format) =>
        registrations.Add(new FormatterRegistration(type, mimeType, format, registrations.Count));
}
