using System.Globalization;
using MedTwin.Physiology.Glucose;
using Xunit.Abstractions;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>The snapshot's x0 is each patient's basal steady state under its basal insulin u2ss.</summary>
public sealed class SteadyStateTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Every_patient_at_its_basal_insulin_without_meals_stays_within_a_millionth_of_a_mg_per_dl_of_its_basal_glucose_for_24_hours()
    {
        var day = new GlucoseScenario(24 * 60);
        var deviations = VirtualPatients.Catalog.Patients.Select(patient =>
        {
            var trace = GlucoseSimulation.Run(patient, day);
            return (patient.Name, patient.Gb, Largest: trace.PlasmaGlucose.Max(g => Math.Abs(g - patient.Gb)), Sensor: trace.SubcutaneousGlucose.Max(g => Math.Abs(g - patient.Gb)));
        }).ToArray();

        foreach (var (name, gb, largest, sensor) in deviations)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: Gb {gb} mg/dL, largest |G − Gb| {largest:E2}, largest |Gs/Vg − Gb| {sensor:E2}"));
        }

        Assert.Equal(30, deviations.Length);
        Assert.All(deviations, d => Assert.True(d.Largest < Tolerance && d.Sensor < Tolerance, $"{d.Name} drifts {d.Largest} mg/dL from Gb"));
    }

    [Fact]
    public void The_basal_rate_in_pump_units_is_u2ss_times_body_weight_over_6000()
    {
        var adult = VirtualPatients.Adult1;

        Assert.Equal(adult.U2ss * adult.BodyWeight / 6000, adult.BasalUnitsPerMinute, 15);
        var explicitBasal = GlucoseSimulation.Run(adult, new GlucoseScenario(600, basalUnitsPerHour: adult.BasalUnitsPerMinute * 60));
        Assert.True(explicitBasal.PlasmaGlucose.Max(g => Math.Abs(g - adult.Gb)) < 1e-6);
    }
}
