using Plotly.NET;

namespace MedTwin.Notebooks.Rendering;

/// <summary>plotly.js as shipped inside the Plotly.NET package (an embedded resource), read once.</summary>
internal static class PlotlyJavaScript
{
    private static readonly Lazy<string> Cached = new(Read);

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Cached.Value;

    private static string Read()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(resource => resource.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"The Plotly.NET assembly {assembly.GetName().Version} has no embedded plotly.min.js resource; "
                + "the HTML report needs it to draw charts interactively.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
