using BenchmarkDotNet.Attributes;
using MedTwin.Data.Snapshots;
using MedTwin.Physiology.Glucose;
using MedTwin.Physiology.Ode;

namespace MedTwin.Benchmarks;

/// <summary>
/// 1,000 virtual patient-days: each of the 30 patients in turn, one day with meals of 50, 70 and 80 g at 7:00, 12:00
/// and 18:00 at its basal rate, rtol 1e-6, atol 1e-8, output every 5 min; by Dormand–Prince and by Rosenbrock23.
/// The SciPy peer (Peers/uva_padova_scipy.py) times one such day for adult#001.
/// </summary>
[MemoryDiagnoser]
public class GlucoseSimulationBenchmarks
{
    private const int PatientDays = 1000;
    private readonly GlucoseScenario day = GlucoseScenario.ThreeMealsADay(1);
    private IReadOnlyList<VirtualPatient> patients = [];

    [GlobalSetup]
    public void LoadPatients() =>
        patients = new VirtualPatientCatalog(SnapshotCatalog.Discover(AppContext.BaseDirectory).Open("uva-padova-patients", 1)).Patients;

    [Benchmark(Baseline = true, Description = "1000 patient-days, DormandPrince45")]
    public double DormandPrince() => Run(new GlucoseSimulationOptions());

    [Benchmark(Description = "1000 patient-days, Rosenbrock23")]
    public double Rosenbrock() => Run(new GlucoseSimulationOptions { Solver = new Rosenbrock23() });

    private double Run(GlucoseSimulationOptions options)
    {
        var total = 0.0;
        for (var i = 0; i < PatientDays; i++)
        {
            total += GlucoseSimulation.Run(patients[i % patients.Count], day, options).PlasmaGlucose[^1];
        }

        return total;
    }
}
