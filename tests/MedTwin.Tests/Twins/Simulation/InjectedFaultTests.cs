using MedTwin.Twins.Faults;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Simulation;
using static MedTwin.Tests.Twins.Simulation.SimulatedPatients;

namespace MedTwin.Tests.Twins.Simulation;

/// <summary>Each injected fault is exactly what the twin's sensor fault detector finds, and nothing else is.</summary>
public sealed class InjectedFaultTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static IReadOnlyList<Observation> Run(params InjectedFault[] faults) =>
        new SimulatedPatient(Options() with { Faults = faults }).Advance(At(180));

    [Fact]
    public void A_stream_without_injected_faults_raises_none()
    {
        Assert.Empty(DetectedFaults(Run()));
    }

    [Fact]
    public void A_silent_monitor_is_a_dropout_of_each_of_its_codes_when_it_reports_again()
    {
        var observations = Run(new InjectedDropout("monitor", 60 * Minute, 80 * Minute));

        var faults = DetectedFaults(observations);

        Assert.Equal([ObservationCodes.RespiratoryRate, ObservationCodes.OxygenSaturation, ObservationCodes.HeartRate], VitalSigns.Codes.Where(faults.ContainsKey));
        Assert.All(faults.Values, list => Assert.Equal((SensorFaultKind.Dropout, At(80)), (Assert.Single(list).Kind, Assert.Single(list).Time)));
        Assert.DoesNotContain(observations, o => o.DeviceId == "monitor" && o.Time >= At(60) && o.Time < At(80));
        var monitor = observations.Where(o => o.DeviceId == "monitor").ToList();
        Assert.Equal(Enumerable.Range(1, monitor.Count).Select(i => (long)i), monitor.Select(o => o.Sequence));
    }

    [Fact]
    public void A_silent_CGM_is_a_glucose_dropout()
    {
        var faults = DetectedFaults(Run(new InjectedDropout("cgm", 60 * Minute, 90 * Minute)));

        var dropout = Assert.Single(Assert.Single(faults).Value);
        Assert.Equal((ObservationCodes.Glucose, SensorFaultKind.Dropout, At(90)), (faults.Keys.Single(), dropout.Kind, dropout.Time));
    }

    [Fact]
    public void A_stuck_pulse_is_a_flat_line_from_the_twelfth_identical_reading_until_it_moves_again()
    {
        var observations = Run(new InjectedFlatLine(ObservationCodes.HeartRate, 60 * Minute, 90 * Minute));

        var faults = Assert.Single(DetectedFaults(observations));
        Assert.Equal(ObservationCodes.HeartRate, faults.Key);
        Assert.All(faults.Value, f => Assert.Equal(SensorFaultKind.FlatLine, f.Kind));
        var pulse = observations.Where(o => o.Code == ObservationCodes.HeartRate).ToDictionary(o => o.Time, o => o.Value);
        var stuck = pulse[At(59)];
        Assert.NotEqual(stuck, pulse[At(58)]);
        Assert.All(Enumerable.Range(60, 30), m => Assert.Equal(stuck, pulse[At(m)]));
        Assert.Equal(Enumerable.Range(70, 20).Select(m => At(m)), faults.Value.Select(f => f.Time).Where(t => t < At(90)));

        // Once the sensor moves again, the flat line lasts only while the true pulse happens to read the same.
        Assert.All(faults.Value.Where(f => f.Time >= At(90)), f => Assert.Equal(stuck, pulse[f.Time]));
    }

    [Fact]
    public void An_impossible_saturation_is_an_impossible_value_and_nothing_more()
    {
        var faults = DetectedFaults(Run(new InjectedSpike(ObservationCodes.OxygenSaturation, 30.5 * Minute, 150)));

        var fault = Assert.Single(Assert.Single(faults).Value);
        Assert.Equal((SensorFaultKind.ImpossibleValue, At(31)), (fault.Kind, fault.Time));
    }

    [Fact]
    public void A_plausible_spike_in_the_pulse_is_a_sudden_jump_up_and_back()
    {
        var faults = DetectedFaults(Run(new InjectedSpike(ObservationCodes.HeartRate, 30 * Minute, 200)));

        Assert.Equal([(SensorFaultKind.SuddenJump, At(30)), (SensorFaultKind.SuddenJump, At(31))], Assert.Single(faults).Value.Select(f => (f.Kind, f.Time)));
    }

    [Fact]
    public void A_fault_changes_only_the_readings_it_covers()
    {
        var clean = Run();
        var faulty = Run(new InjectedDropout("cuff", 30 * Minute, 70 * Minute), new InjectedSpike(ObservationCodes.Glucose, 100 * Minute, 500), new InjectedFlatLine(ObservationCodes.RespiratoryRate, 10 * Minute, 20 * Minute));

        static bool Covered(Observation o) =>
            (o.DeviceId == "cuff" && o.Time >= At(30) && o.Time < At(70))
            || (o.Code == ObservationCodes.Glucose && o.Time == At(100))
            || (o.Code == ObservationCodes.RespiratoryRate && o.Time >= At(10) && o.Time < At(20));

        Assert.Equal(clean.Where(o => !Covered(o)).Select(o => (o.Code, o.Time, o.Value)), faulty.Where(o => !Covered(o)).Select(o => (o.Code, o.Time, o.Value)));
        Assert.Equal(500, faulty.Single(o => o.Code == ObservationCodes.Glucose && o.Time == At(100)).Value);
    }

    [Fact]
    public void A_spike_inside_a_dropout_is_reported_at_the_devices_first_reading_after_it()
    {
        var observations = Run(new InjectedDropout("cuff", 20 * Minute, 50 * Minute), new InjectedSpike(ObservationCodes.SystolicBloodPressure, 25 * Minute, 400));

        Assert.Equal(400, observations.Single(o => o.Code == ObservationCodes.SystolicBloodPressure && o.Time == At(60)).Value);
    }
}
