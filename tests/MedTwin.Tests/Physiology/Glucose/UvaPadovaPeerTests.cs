using MedTwin.Physiology.Glucose;
using MedTwin.Physiology.Ode;
using Xunit.Abstractions;
using static MedTwin.Tests.Physiology.Ode.PeerFixtures;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>
/// Against SciPy's solve_ivp (RK45 and LSODA, rtol 1e-6, atol 1e-8) on the model written independently in Python
/// (Peers/uva_padova_scipy.py): adult#001, 50 g at 60 min, 8 h.
/// </summary>
public sealed class UvaPadovaPeerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("DormandPrince45")]
    [InlineData("Rosenbrock23")]
    public void Adult_001_after_a_50_g_meal_matches_scipy_rk45_and_lsoda_within_1e_4_relative(string solver)
    {
        var rows = Rows("uva-padova-adult001-meal-scipy.csv").Select(r => (Time: Number(r[0]), Rk45: Number(r[1]), Lsoda: Number(r[2]))).ToArray();
        var options = new GlucoseSimulationOptions { Solver = solver == "Rosenbrock23" ? new Rosenbrock23() : new DormandPrince45() };

        var trace = GlucoseSimulation.Run(VirtualPatients.Adult1, new GlucoseScenario(8 * 60, [new Meal(60, 50)]), options);

        Assert.Equal(rows.Select(r => r.Time), trace.Times);
        var rk45 = rows.Select((r, i) => Math.Abs(trace.PlasmaGlucose[i] - r.Rk45) / r.Rk45).Max();
        var lsoda = rows.Select((r, i) => Math.Abs(trace.PlasmaGlucose[i] - r.Lsoda) / r.Lsoda).Max();
        output.WriteLine(FormattableString.Invariant($"{solver}: largest relative difference from RK45 {rk45:E2}, from LSODA {lsoda:E2}; {trace.Statistics}"));
        Assert.True(rk45 < 1e-4, $"RK45: {rk45}");
        Assert.True(lsoda < 1e-4, $"LSODA: {lsoda}");
    }
}
