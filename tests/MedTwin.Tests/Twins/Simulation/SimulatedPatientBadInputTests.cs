using MedTwin.Physiology.Glucose;
using MedTwin.Twins.Actions;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Simulation;
using static MedTwin.Tests.Twins.Simulation.SimulatedPatients;

namespace MedTwin.Tests.Twins.Simulation;

/// <summary>Bad calls and bad scenarios are refused with a message that names what and where.</summary>
public sealed class SimulatedPatientBadInputTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static ControlAction Action(DateTimeOffset time, double basal = 1, double bolus = 0, string patient = "p-001") =>
        new(patient, time, "test", basal, bolus, "as the test asks", false, []);

    private static string Refused<TException>(SimulatedPatientOptions options)
        where TException : Exception => Assert.Throws<TException>(() => new SimulatedPatient(options)).Message;

    [Fact]
    public void Advancing_backwards_is_refused_naming_both_times()
    {
        var patient = new SimulatedPatient(Options());
        patient.Advance(At(10));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => patient.Advance(At(9)));

        Assert.Equal("until", error.ParamName);
        Assert.Contains("stands at 2026-12-02T00:10:00.0000000+00:00; it advances only forward, not to 2026-12-02T00:09:00.0000000+00:00", error.Message);
    }

    [Fact]
    public void Advancing_further_than_the_longest_step_in_one_call_is_refused()
    {
        var patient = new SimulatedPatient(Options());

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => patient.Advance(DateTimeOffset.MaxValue));

        Assert.Contains("one call advances it at most 31 days", error.Message);
        Assert.Equal(Start, patient.Now);
    }

    [Fact]
    public void An_action_for_another_patient_is_refused_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => new SimulatedPatient(Options()).Apply(Action(Start, patient: "p-002")));

        Assert.Contains("for patient 'p-002'; this simulated patient is 'p-001'", error.Message);
    }

    [Fact]
    public void An_action_in_the_past_or_before_the_previous_action_is_refused()
    {
        var patient = new SimulatedPatient(Options());
        patient.Advance(At(10));

        Assert.Contains("is before the patient's time", Assert.Throws<ArgumentOutOfRangeException>(() => patient.Apply(Action(At(5)))).Message);
        patient.Apply(Action(At(20)));
        Assert.Contains("is before the previous action at 2026-12-02T00:20:00", Assert.Throws<ArgumentOutOfRangeException>(() => patient.Apply(Action(At(15)))).Message);
    }

    [Theory]
    [InlineData(double.NaN, 0, "BasalUnitsPerHour")]
    [InlineData(-0.5, 0, "BasalUnitsPerHour")]
    [InlineData(1, double.PositiveInfinity, "BolusUnits")]
    [InlineData(1, -1, "BolusUnits")]
    public void A_dose_that_is_negative_or_not_finite_is_refused_naming_it(double basal, double bolus, string name)
    {
        var patient = new SimulatedPatient(Options());

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => patient.Apply(Action(Start, basal, bolus)));

        Assert.Equal(name, error.ParamName);
        Assert.Contains("a dose is zero or positive and finite", error.Message);
        Assert.Single(patient.InsulinDeliveries);
    }

    [Fact]
    public void A_null_action_or_options_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new SimulatedPatient(Options()).Apply(null!));
        Assert.Throws<ArgumentNullException>(() => new SimulatedPatient(null!));
    }

    [Fact]
    public void Bad_options_are_refused_naming_the_property_and_entry()
    {
        var options = Options();
        var sensors = VitalSignSensor.Default;

        Assert.Contains("PatientId must not be empty", Refused<ArgumentException>(options with { PatientId = " " }));
        Assert.Contains("CgmDeviceId must not be empty", Refused<ArgumentException>(options with { CgmDeviceId = "" }));
        Assert.Contains("GlucosePatient must not be null", Refused<ArgumentException>(options with { GlucosePatient = null! }));
        Assert.Contains("Faults must not be null", Refused<ArgumentException>(options with { Faults = null! }));
        Assert.Contains("InitialBasalUnitsPerHour must be zero or positive and finite; found -1", Refused<ArgumentOutOfRangeException>(options with { InitialBasalUnitsPerHour = -1 }));
        Assert.Contains("VitalSignSensors[0] measures '99504-3', which is not a vital sign", Refused<ArgumentException>(options with { VitalSignSensors = [sensors[0] with { Code = ObservationCodes.Glucose }] }));
        Assert.Contains("VitalSignSensors[1] (Respiration rate) measures a code another sensor already measures", Refused<ArgumentException>(options with { VitalSignSensors = [sensors[0], sensors[0]] }));
        Assert.Contains("VitalSignSensors[0] (Respiration rate) has an empty DeviceId", Refused<ArgumentException>(options with { VitalSignSensors = [sensors[0] with { DeviceId = "" }] }));
        Assert.Contains("Interval must be positive", Refused<ArgumentOutOfRangeException>(options with { VitalSignSensors = [sensors[0] with { Interval = TimeSpan.Zero }] }));
        Assert.Contains("NoiseStandardDeviation must be zero or positive and finite; found NaN", Refused<ArgumentOutOfRangeException>(options with { VitalSignSensors = [sensors[0] with { NoiseStandardDeviation = double.NaN }] }));
        Assert.Contains("NoiseAutocorrelation must lie in [0, 1); found 1", Refused<ArgumentOutOfRangeException>(options with { VitalSignSensors = [sensors[0] with { NoiseAutocorrelation = 1 }] }));
        Assert.Contains("Decimals must be 0 to 6; found -1", Refused<ArgumentOutOfRangeException>(options with { VitalSignSensors = [sensors[0] with { Decimals = -1 }] }));
        Assert.Contains("VitalSignSensors[1] is null", Refused<ArgumentException>(options with { VitalSignSensors = [sensors[0], null!] }));
    }

    [Fact]
    public void Bad_faults_and_meals_are_refused_naming_the_entry()
    {
        var options = Options();

        Assert.Contains("Faults[0] silences device 'ventilator', which the patient does not have; its devices are cgm, chart, cuff, monitor, thermometer", Refused<ArgumentException>(options with { Faults = [new InjectedDropout("ventilator", Minute, 2 * Minute)] }));
        Assert.Contains("Faults[0] spikes code '1234-5', which the patient does not have", Refused<ArgumentException>(options with { Faults = [new InjectedSpike("1234-5", Minute, 1)] }));
        Assert.Contains("Faults[1] runs from 00:02:00 until 00:01:00", Refused<ArgumentOutOfRangeException>(options with { Faults = [new InjectedSpike(ObservationCodes.HeartRate, Minute, 1), new InjectedFlatLine(ObservationCodes.HeartRate, 2 * Minute, Minute)] }));
        Assert.Contains("Faults[0] runs from -00:01:00", Refused<ArgumentOutOfRangeException>(options with { Faults = [new InjectedDropout("cgm", -Minute, Minute)] }));
        Assert.Contains("Faults[0] is at -00:01:00, before the simulation starts", Refused<ArgumentOutOfRangeException>(options with { Faults = [new InjectedSpike(ObservationCodes.HeartRate, -Minute, 1)] }));
        Assert.Contains("Faults[0]'s value must be finite; found NaN", Refused<ArgumentOutOfRangeException>(options with { Faults = [new InjectedSpike(ObservationCodes.HeartRate, Minute, double.NaN)] }));
        Assert.Contains("Faults[0] is null", Refused<ArgumentException>(options with { Faults = [null!] }));
        Assert.Contains("meals must not overlap", Refused<ArgumentException>(options with { Meals = [new Meal(60, 50), new Meal(65, 50)] }));
    }
}
