using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// The canonical text of a cell's outputs, the text that verification compares and diffs. Each output is a header line
/// and its content:
/// <code>
/// [stdout]
/// hello
/// [execute_result text/plain]
/// 42
/// [display_data image/png]
/// sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, 1234 bytes
/// [error System.InvalidOperationException]
/// boom
/// System.InvalidOperationException: boom
///    at &lt;cell&gt; in cell-3, line 2
/// </code>
/// Execution counts and output metadata are left out. Consecutive writes to one stream are joined (how a stream was split
/// into outputs depends on flushing, not on the study). A MIME bundle gives one section per MIME type, in ordinal order
/// (but for the PNG a front end adds to a Plotly chart, which is left out unless the re-run drew one too);
/// binary data (images, PDF, audio, video) is shown by the SHA-256 of its bytes; JSON is indented and canonical
/// (<see cref="CanonicalJson"/>: sorted keys, numbers in one spelling); everything else is text.
/// Line breaks are "\n" ("\r\n" is read as "\n"), and each section ends with one.
/// </summary>
public static class OutputText
{
    private static readonly JsonSerializerOptions IndentedJson = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The canonical text of <paramref name="outputs"/>; empty for none.</summary>
    public static string Render(IEnumerable<NotebookOutput> outputs) => Render(outputs, chartPngsDrawn: []);

    /// <summary>
    /// For each chart output (a bundle with a Plotly figure) of <paramref name="outputs"/>, in order, whether it holds a PNG.
    /// </summary>
    internal static IReadOnlyList<bool> ChartPngs(IEnumerable<NotebookOutput> outputs) =>
        [.. outputs.Select(Bundle).OfType<MimeBundle>().Where(IsChart).Select(data => data.Contains("image/png"))];

    /// <summary>
    /// The canonical text, where the PNG of the k-th chart output is compared only if <paramref name="chartPngsDrawn"/>
    /// says the re-run's k-th chart output has one: then the study drew it, and a front end's PNG cannot hide a change to it.
    /// </summary>
    internal static string Render(IEnumerable<NotebookOutput> outputs, IReadOnlyList<bool> chartPngsDrawn)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var charts = 0;
        var text = new StringBuilder();
        string? openStream = null;
        foreach (var output in outputs)
        {
            if (output is StreamOutput stream)
            {
                if (openStream != stream.Name)
                {
                    EndSection(text);
                    text.Append('[').Append(stream.Name).Append("]\n");
                    openStream = stream.Name;
                }

                text.Append(NormalizeLineBreaks(stream.Text));
                continue;
            }

            openStream = null;
            EndSection(text);
            switch (output)
            {
                case ExecuteResultOutput or DisplayDataOutput:
                    var data = Bundle(output)!;
                    var pngDrawn = IsChart(data) && charts < chartPngsDrawn.Count && chartPngsDrawn[charts];
                    charts += IsChart(data) ? 1 : 0;
                    AppendBundle(text, output.OutputType, data, pngDrawn);
                    break;
                case ErrorOutput error:
                    text.Append("[error ").Append(error.ErrorName).Append("]\n");
                    AppendSection(text, error.ErrorValue);
                    foreach (var line in error.Traceback)
                    {
                        AppendSection(text, line);
                    }

                    break;
                default:
                    text.Append('[').Append(output.OutputType).Append("]\n");
                    break;
            }
        }

        EndSection(text);
        return text.ToString();
    }

    /// <summary>The text with "\r\n" and lone "\r" read as "\n".</summary>
    public static string NormalizeLineBreaks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private static MimeBundle? Bundle(NotebookOutput output) => output switch
    {
        ExecuteResultOutput result => result.Data,
        DisplayDataOutput display => display.Data,
        _ => null,
    };

    private static void AppendBundle(StringBuilder text, string outputType, MimeBundle data, bool pngDrawn)
    {
        var mimeTypes = data.MimeTypes.Where(mimeType => pngDrawn || !IsFrontEndAddition(data, mimeType)).Order(StringComparer.Ordinal).ToList();
        if (mimeTypes.Count == 0)
        {
            text.Append('[').Append(outputType).Append("]\n");
            return;
        }

        foreach (var mimeType in mimeTypes)
        {
            text.Append('[').Append(outputType).Append(' ').Append(mimeType).Append("]\n");
            AppendSection(text, Content(mimeType, data.GetJson(mimeType)));
        }
    }

    private static string Content(string mimeType, JsonNode? value)
    {
        if (value is JsonArray lines && lines.All(line => line is JsonValue v && v.GetValueKind() == JsonValueKind.String))
        {
            return Content(mimeType, string.Concat(lines.Select(line => line!.GetValue<string>())));
        }

        if (value is JsonValue single && single.GetValueKind() == JsonValueKind.String)
        {
            return Content(mimeType, single.GetValue<string>());
        }

        return value is null ? "null" : CanonicalJson.Of(value)!.ToJsonString(IndentedJson);
    }

    private static string Content(string mimeType, string text)
    {
        if (!IsBinary(mimeType))
        {
            return text;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            bytes = Encoding.UTF8.GetBytes(text);
            return $"sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))} of text that is not base64, {bytes.Length} bytes";
        }

        return $"sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}, {bytes.Length} bytes";
    }

    /// <summary>
    /// JupyterLab's plotly renderer adds a PNG of the chart it drew to the output when the notebook is saved; the PNG comes
    /// from the reader's browser, not from the study, so it is not part of the snapshot.
    /// </summary>
    private static bool IsFrontEndAddition(MimeBundle data, string mimeType) => mimeType == "image/png" && IsChart(data);

    private static bool IsChart(MimeBundle data) => data.Contains("application/vnd.plotly.v1+json");

    /// <summary>Whether Jupyter stores <paramref name="mimeType"/> as base64 of binary data.</summary>
    private static bool IsBinary(string mimeType) =>
        (mimeType.StartsWith("image/", StringComparison.Ordinal) && mimeType != "image/svg+xml")
        || mimeType.StartsWith("audio/", StringComparison.Ordinal)
        || mimeType.StartsWith("video/", StringComparison.Ordinal)
        || mimeType is "application/pdf" or "application/octet-stream" or "application/zip";

    private static void AppendSection(StringBuilder text, string content)
    {
        text.Append(NormalizeLineBreaks(content));
        EndSection(text);
    }

    private static void EndSection(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }
}
