using MedTwin.Physiology.Devices;
using MedTwin.Physiology.Glucose;
using MedTwin.Reproducibility;

namespace MedTwin.Twins.Simulation;

/// <summary>
/// Everything a <see cref="SimulatedPatient"/> is made of, as data: who, from when, with what seed, the course of the
/// vital signs, the glucose–insulin patient and its meals, the sensors and the faults to inject.
/// </summary>
public sealed record SimulatedPatientOptions
{
    /// <summary>The patient id every observation carries.</summary>
    public required string PatientId { get; init; }

    /// <summary>The UVA/Padova virtual patient whose glucose the CGM reads and whose insulin the actions set.</summary>
    public required VirtualPatient GlucosePatient { get; init; }

    /// <summary>
    /// The seed of all measurement noise. Each sensor draws from its own stream,
    /// <see cref="SeedStreams.Derive"/>(Seed, "<c>device/code</c>") (the CGM's is "<c>cgm/99504-3</c>" with the default
    /// device id), so adding or removing a sensor never changes another's readings.
    /// </summary>
    public required int Seed { get; init; }

    /// <summary>The simulation's time 0: the first readings, and the origin of every time in the scenario.</summary>
    public DateTimeOffset Start { get; init; } = VirtualClock.DefaultStart;

    /// <summary>The course of the true vital signs; by default a healthy adult throughout.</summary>
    public VitalSignsTrajectory Vitals { get; init; } = new(VitalSigns.HealthyAdult);

    /// <summary>Meals, in minutes from <see cref="Start"/> (e.g. <see cref="GlucoseScenario.ThreeMealsADay"/>'s, when <see cref="Start"/> is midnight); they must not overlap.</summary>
    public IReadOnlyList<Meal> Meals { get; init; } = [];

    /// <summary>The basal insulin rate (U/h) the pump runs until the first action; null for the patient's own steady-state rate. The pump rounds it down to its increment.</summary>
    public double? InitialBasalUnitsPerHour { get; init; }

    /// <summary>The vital-sign sensors; by default <see cref="VitalSignSensor.Default"/>. A code may be measured by at most one.</summary>
    public IReadOnlyList<VitalSignSensor> VitalSignSensors { get; init; } = VitalSignSensor.Default;

    /// <summary>The CGM's device id.</summary>
    public string CgmDeviceId { get; init; } = "cgm";

    /// <summary>The CGM: sampling interval, lag, noise, quantisation and reporting range.</summary>
    public CgmSensorOptions Cgm { get; init; } = new();

    /// <summary>The pump that delivers the actions' insulin (its increments and maximums apply, and are recorded).</summary>
    public InsulinPumpOptions Pump { get; init; } = new();

    /// <summary>How the glucose model is solved; null for the defaults.</summary>
    public GlucoseSimulationOptions? GlucoseSimulation { get; init; }

    /// <summary>Sensor faults to inject.</summary>
    public IReadOnlyList<InjectedFault> Faults { get; init; } = [];
}
