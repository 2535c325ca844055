using System.Globalization;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>Reads the CSV files the peer scripts in Physiology/Peers wrote.</summary>
internal static class PeerFixtures
{
    public static string[][] Rows(string fixture) =>
    [
        .. File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Physiology", "Peers", fixture))
            .Skip(2)
            .Select(line => line.Split(',')),
    ];

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
