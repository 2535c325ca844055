namespace MedTwin.Notebooks.Display;

/// <summary>One registered formatter: values of <paramref name="Type"/> (or derived) to text of <paramref name="MimeType"/>.</summary>
/// <param name="Type">The type the formatter is for.</param>
/// <param name="MimeType">The mime type it produces.</param>
/// <param name="Format">Returns the text, or <see langword="null"/> to leave the value to a less specific formatter.</param>
/// <param name="Order">Registration order; a later registration for the same type wins.</param>
internal sealed record FormatterRegistration(Type Type, string MimeType, Func<object, FormatContext, string?> Format, int Order)
{
    /// <summary>
    /// How far <see cref="Type"/> is from <paramref name="valueType"/>, smaller being more specific: two per base-class
    /// step, and any interface just before <see cref="object"/>.
    /// </summary>
    public int DistanceFrom(Type valueType)
    {
        var steps = 0;
        for (var current = valueType; current is not null; current = current.BaseType)
        {
            if (current == Type)
            {
                return 2 * steps;
            }

            steps++;
        }

        // Only interfaces are left: valueType's class chain has steps classes, object being the last.
        return 2 * (steps - 1) - 1;
    }
}
