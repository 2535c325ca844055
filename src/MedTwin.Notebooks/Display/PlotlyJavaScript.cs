using Plotly.NET;

namespace MedTwin.Notebooks.Display;

/// <summary>plotly.js as shipped inside the Plotly.NET package (an embedded resource), read once.</summary>
internal static class PlotlyJavaScript
{
    private static readonly Lazy<string> Cached = new(Read);

    /// <summary>The minified plotly.js source, ready to sit inside a &lt;script&gt; element.</summary>
    public static string Source => Cached.Value;

    private static string Read()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(resource => resource.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"The Plotly.NET assembly {assembly.GetName().Version} has no embedded plotly.min.js resource; "
                + "the chart formatter needs it to embed plotly.js in chart outputs.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();

        // "</script" would end the inline element early; "<\/script" means the same inside JS strings and comments.
        return source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
