using System.Globalization;
using MedTwin.Physiology.Devices;
using MedTwin.Physiology.Glucose;
using MedTwin.Reproducibility;
using MedTwin.Twins.Actions;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Simulation;

/// <summary>
/// A virtual patient that drives a twin's sensors: the true vital signs follow a <see cref="VitalSignsTrajectory"/> and
/// are read by noisy <see cref="VitalSignSensor"/>s; glucose comes from the UVA/Padova model, read by a
/// <see cref="CgmSensor"/>, and insulin goes in through an <see cref="InsulinPump"/> that <see cref="Apply"/> commands.
/// So the loop patient → sensors → twin → action → patient runs closed: every CGM interval, give the twin what
/// <see cref="Advance"/> returns, then <see cref="Apply"/> each action the twin proposes.
/// Stepped as <see cref="Physiology.ClosedLoop.GlucoseClosedLoop"/> steps (the CGM reads the patient, the action
/// applies from the reading's time), so advancing one CGM interval at a time gives bit-identical glucose to it for the
/// same patient, meals, controller and CGM seed. Deterministic: the same options and calls give the same observations.
/// </summary>
public sealed class SimulatedPatient
{
    /// <summary>The longest one <see cref="Advance"/> may cover; a longer simulation advances in several calls.</summary>
    public static readonly TimeSpan MaximumAdvance = TimeSpan.FromDays(31);

    private readonly List<VitalSignStream> vitalStreams;
    private readonly CgmSensor cgm;
    private readonly InsulinPump pump;
    private readonly GlucoseSimulator glucose;
    private readonly FaultInjector faults;
    private readonly Dictionary<string, long> sequences = new(StringComparer.Ordinal);
    private long cgmReadings;
    private DateTimeOffset? lastActionTime;

    /// <summary>A patient at <see cref="SimulatedPatientOptions.Start"/>, before its first readings.</summary>
    /// <exception cref="ArgumentException">An option is missing or inconsistent (a fault names a device or code the patient lacks, two sensors measure one code, meals overlap); the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public SimulatedPatient(SimulatedPatientOptions options)
    {
        Options = SimulatedPatientValidation.Validated(options);
        Now = options.Start;
        vitalStreams = [.. options.VitalSignSensors.Select(sensor => new VitalSignStream(sensor, options.Seed))];
        cgm = new CgmSensor(options.Cgm, SeedStreams.Derive(options.Seed, $"{options.CgmDeviceId}/{ObservationCodes.Glucose}"));
        pump = new InsulinPump(options.Pump, BasalSchedule.Constant(0));
        pump.SetTemporaryBasal(0, options.InitialBasalUnitsPerHour ?? options.GlucosePatient.BasalUnitsPerMinute * 60);
        glucose = new GlucoseSimulator(options.GlucosePatient, options.Meals, options.GlucoseSimulation);
        faults = new FaultInjector(options.Faults);
    }

    /// <summary>What the patient is made of.</summary>
    public SimulatedPatientOptions Options { get; }

    /// <summary>The patient id its observations carry.</summary>
    public string PatientId => Options.PatientId;

    /// <summary>The simulation's time 0.</summary>
    public DateTimeOffset Start => Options.Start;

    /// <summary>How far the patient has been advanced: every reading up to and including it has been returned.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The true vital signs at <see cref="Now"/>, what the sensors measure before noise.</summary>
    public VitalSigns TrueVitals => Options.Vitals.At(Now - Start);

    /// <summary>The true plasma glucose at <see cref="Now"/> (mg/dL), what the CGM measures through its lag and noise.</summary>
    public double PlasmaGlucoseMgPerDl => glucose.PlasmaGlucose;

    /// <summary>The pump's requests so far and what it delivered (in minutes from <see cref="Start"/>), including the initial basal rate.</summary>
    public IReadOnlyList<PumpDelivery> InsulinDeliveries => pump.Deliveries;

    /// <summary>
    /// Advances the patient to <paramref name="until"/> and returns every reading taken after the previous call, up to
    /// and including <paramref name="until"/>, in time order; readings at the same time are ordered by device, then
    /// code (ordinal). Each device numbers its readings 1, 2, 3, ... across its codes. Glucose is simulated with the
    /// insulin the pump delivers. Advance one CGM interval at a time so that an action answering a reading can be
    /// applied at the reading's time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before <see cref="Now"/>, or more than <see cref="MaximumAdvance"/> after it.</exception>
    public IReadOnlyList<Observation> Advance(DateTimeOffset until)
    {
        if (until < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"The patient stands at {Time(Now)}; it advances only forward, not to {Time(until)}.");
        }

        if (until - Now > MaximumAdvance)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"The patient stands at {Time(Now)}; one call advances it at most {MaximumAdvance.TotalDays.ToString(CultureInfo.InvariantCulture)} days, not to {Time(until)}.");
        }

        var elapsed = until - Start;
        var readings = new List<SensorReading>();
        foreach (var stream in vitalStreams)
        {
            while (stream.NextDue <= elapsed)
            {
                readings.Add(stream.Read(Options.Vitals));
            }
        }

        for (var minutes = cgmReadings * Options.Cgm.SamplingIntervalMinutes; minutes <= elapsed.TotalMinutes; minutes = cgmReadings * Options.Cgm.SamplingIntervalMinutes)
        {
            AdvanceGlucoseTo(minutes);
            var reading = cgm.Read(minutes, glucose.PlasmaGlucose);
            readings.Add(new SensorReading(TimeSpan.FromMinutes(minutes), Options.CgmDeviceId, ObservationCodes.Glucose, reading.ReportedMgPerDl));
            cgmReadings++;
        }

        AdvanceGlucoseTo(elapsed.TotalMinutes);
        Now = until;
        return Reported(readings);
    }

    /// <summary>
    /// The carbohydrates (g) of the meals that start in [<paramref name="from"/>, <paramref name="until"/>): what a
    /// patient announces to a glucose controller deciding at <paramref name="from"/> for the interval to <paramref name="until"/>.
    /// </summary>
    public double MealCarbohydrates(DateTimeOffset from, DateTimeOffset until)
    {
        var (start, end) = ((from - Start).TotalMinutes, (until - Start).TotalMinutes);
        return Options.Meals.Where(m => m.Start >= start && m.Start < end).Sum(m => m.Carbohydrate);
    }

    /// <summary>
    /// Has the pump deliver <paramref name="action"/> from its time on: its basal rate until the next action, and its
    /// bolus at its time. The pump rounds each down to its increment and caps it at its maximum, and records both in
    /// <see cref="InsulinDeliveries"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The action is for another patient.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The action is before <see cref="Now"/> or before the previous action, or a dose is negative or not finite.</exception>
    public void Apply(ControlAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!string.Equals(action.PatientId, PatientId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The action is for patient '{action.PatientId}'; this simulated patient is '{PatientId}'.", nameof(action));
        }

        if (action.Time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action.Time, $"The action at {Time(action.Time)} is before the patient's time {Time(Now)}; insulin cannot be given in the past.");
        }

        if (action.Time < lastActionTime)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action.Time, $"The action at {Time(action.Time)} is before the previous action at {Time(lastActionTime.Value)}; actions come in time order.");
        }

        Dose(action.BasalUnitsPerHour, nameof(action.BasalUnitsPerHour), action.Time);
        Dose(action.BolusUnits, nameof(action.BolusUnits), action.Time);
        var minutes = (action.Time - Start).TotalMinutes;
        pump.SetTemporaryBasal(minutes, action.BasalUnitsPerHour);
        if (action.BolusUnits > 0)
        {
            pump.Bolus(minutes, action.BolusUnits);
        }

        lastActionTime = action.Time;
    }

    private void AdvanceGlucoseTo(double minutes)
    {
        if (minutes <= glucose.TimeMinutes)
        {
            return;
        }

        foreach (var segment in pump.RateSegments(glucose.TimeMinutes, minutes))
        {
            glucose.Advance(segment.EndMinutes, segment.UnitsPerMinute);
        }
    }

    private List<Observation> Reported(List<SensorReading> readings)
    {
        var observations = new List<Observation>(readings.Count);
        var ordered = readings
            .OrderBy(r => r.Elapsed)
            .ThenBy(r => r.DeviceId, StringComparer.Ordinal)
            .ThenBy(r => r.Code, StringComparer.Ordinal);
        foreach (var reading in ordered)
        {
            if (faults.Apply(reading) is not { } value)
            {
                continue;
            }

            var sequence = sequences[reading.DeviceId] = sequences.GetValueOrDefault(reading.DeviceId) + 1;
            observations.Add(new Observation(PatientId, reading.Code, value, VitalSignRange.Of(reading.Code).Unit, Start + reading.Elapsed, reading.DeviceId, sequence));
        }

        return observations;
    }

    private static void Dose(double value, string name, DateTimeOffset time)
    {
        if (!(double.IsFinite(value) && value >= 0))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"The action at {Time(time)} has {name} {value}; a dose is zero or positive and finite."));
        }
    }

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
