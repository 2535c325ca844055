using System.Text.Json.Nodes;

namespace MedTwin.Learning.Linear;

/// <summary>
/// Reading and writing the parts of a linear model's JSON. System.Text.Json writes a double as the shortest text that
/// parses back to the same bits, so a loaded model predicts bit-identically.
/// </summary>
internal static class LinearModelJson
{
    public static JsonArray Vector(IEnumerable<double> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    public static JsonArray Matrix(double[,] values) =>
        [.. Enumerable.Range(0, values.GetLength(0)).Select(i => (JsonNode)Vector(Enumerable.Range(0, values.GetLength(1)).Select(j => values[i, j])))];

    public static double[] ReadVector(JsonNode? node) => [.. Required(node).AsArray().Select(v => Required(v).GetValue<double>())];

    public static string[] ReadStrings(JsonNode? node) => [.. Required(node).AsArray().Select(v => Required(v).GetValue<string>())];

    public static double[,] ReadMatrix(JsonNode? node, int size)
    {
        var rows = Required(node).AsArray().Select(ReadVector).ToArray();
        if (rows.Length != size || rows.Any(r => r.Length != size))
        {
            throw new FormatException($"expected a {size} × {size} covariance matrix");
        }

        var matrix = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                matrix[i, j] = rows[i][j];
            }
        }

        return matrix;
    }

    public static JsonNode Required(JsonNode? node) => node ?? throw new FormatException("a required value is missing");

    public static void RequireLength(IReadOnlyCollection<double> coefficients, IReadOnlyCollection<string> features)
    {
        if (coefficients.Count != features.Count)
        {
            throw new FormatException($"expected {features.Count} coefficients, one per feature; found {coefficients.Count}");
        }
    }
}
