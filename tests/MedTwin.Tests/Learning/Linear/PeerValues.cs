using System.Globalization;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Learning.Linear;

/// <summary>Values a peer (R, scikit-learn) computed, read from the CSV its script in Learning/Peers wrote.</summary>
internal sealed class PeerValues
{
    private readonly string[] header;
    private readonly string[][] rows;

    private PeerValues(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Learning", "Peers", file));
        header = lines[0].Split(',');
        rows = [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];
    }

    /// <summary>R 4.2.2's lm and glm, written by linear_models.R.</summary>
    public static PeerValues R { get; } = new("linear_models_r.csv");

    /// <summary>scikit-learn 1.2.1's Ridge and LogisticRegression, written by linear_models.py.</summary>
    public static PeerValues ScikitLearn { get; } = new("linear_models_sklearn.csv");

    /// <summary>One column of one model's rows, intercept first, in the order the script wrote them.</summary>
    public double[] Column(string model, string column)
    {
        var index = Array.IndexOf(header, column);
        return [.. rows.Where(r => r[0] == model).Select(r => double.Parse(r[index], CultureInfo.InvariantCulture))];
    }

    /// <summary>One model's terms, intercept first.</summary>
    public string[] Terms(string model) => [.. rows.Where(r => r[0] == model).Select(r => r[1])];
}
