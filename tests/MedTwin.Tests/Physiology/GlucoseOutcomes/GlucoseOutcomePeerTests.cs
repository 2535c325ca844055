using System.Globalization;
using MedTwin.Physiology.GlucoseOutcomes;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Physiology.GlucoseOutcomes;

/// <summary>
/// The outcome metrics of a committed 36-hour trace with gaps against Peers/glucose_outcomes.py, which implements the
/// published formulas independently in numpy.
/// </summary>
public sealed class GlucoseOutcomePeerTests
{
    private static readonly string Peers = Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Physiology", "Peers");

    [Fact]
    public void Every_metric_of_the_committed_trace_agrees_with_the_numpy_peer_to_1e_12()
    {
        var trace = File.ReadLines(Path.Combine(Peers, "glucose-trace.csv")).Skip(2).Select(line => line.Split(',')).ToArray();
        var peer = File.ReadLines(Path.Combine(Peers, "glucose-outcomes-numpy.csv")).Skip(2).Select(line => line.Split(','))
            .ToDictionary(fields => fields[0], fields => Number(fields[1]), StringComparer.Ordinal);

        var summary = GlucoseOutcomeAnalysis.Summarise([.. trace.Select(f => Number(f[0]))], [.. trace.Select(f => Number(f[1]))]);

        var ours = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["readings"] = summary.ReadingCount,
            ["duration"] = summary.DurationMinutes,
            ["in_range"] = summary.PercentInRange,
            ["below_70"] = summary.PercentBelow70,
            ["below_54"] = summary.PercentBelow54,
            ["above_180"] = summary.PercentAbove180,
            ["above_250"] = summary.PercentAbove250,
            ["mean"] = summary.MeanMgPerDl,
            ["sd"] = summary.StandardDeviationMgPerDl,
            ["cv"] = summary.CoefficientOfVariationPercent,
            ["gmi"] = summary.GlucoseManagementIndicatorPercent,
            ["lbgi"] = summary.LowBloodGlucoseIndex,
            ["hbgi"] = summary.HighBloodGlucoseIndex,
            ["risk_index"] = summary.RiskIndex,
        };
        Assert.Equal(peer.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        Assert.All(peer, metric => Assert.True(
            Math.Abs(ours[metric.Key] - metric.Value) <= 1e-12 * Math.Max(1, Math.Abs(metric.Value)),
            $"{metric.Key}: ours {ours[metric.Key]:R}, numpy {metric.Value:R}"));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
