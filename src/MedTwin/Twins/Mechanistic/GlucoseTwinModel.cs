using MedTwin.Physiology.Devices;
using MedTwin.Physiology.Glucose;
using MedTwin.Twins.Actions;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Mechanistic;

/// <summary>
/// The glucose twin: a <see cref="VirtualPatient"/> (UVA/Padova) with the patient's known meals, run forward beside the
/// CGM and given the insulin the twin's controller proposes, through a pump model. It predicts subcutaneous glucose,
/// the compartment a CGM samples. The twin cannot see what a pump actually delivered, so the model takes each proposed
/// action as delivered: an action not given, like a meal not declared, shows as divergence.
/// </summary>
public sealed class GlucoseTwinModel : IMechanisticTwinModel
{
    private readonly VirtualPatient patient;
    private readonly DateTimeOffset start;
    private readonly GlucoseSimulator simulator;
    private readonly InsulinPump pump;

    /// <summary>
    /// The model of <paramref name="patient"/> from <paramref name="start"/> (its basal state), with <paramref name="meals"/>
    /// timed in minutes from <paramref name="start"/> and a basal rate of <paramref name="basalUnitsPerHour"/> until the first action.
    /// </summary>
    /// <exception cref="ArgumentException">Meals overlap or the basal rate is negative or not finite.</exception>
    public GlucoseTwinModel(VirtualPatient patient, DateTimeOffset start, IEnumerable<Meal> meals, double basalUnitsPerHour, InsulinPumpOptions? pumpOptions = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(meals);
        if (!double.IsFinite(basalUnitsPerHour) || basalUnitsPerHour < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(basalUnitsPerHour), basalUnitsPerHour, "The basal rate (U/h) must be a finite number from 0 up.");
        }

        this.patient = patient;
        this.start = start;
        simulator = new GlucoseSimulator(patient, meals);
        pump = new InsulinPump(pumpOptions ?? new InsulinPumpOptions(), BasalSchedule.Constant(basalUnitsPerHour));
    }

    /// <inheritdoc />
    public string Name => $"UVA/Padova glucose model of {patient.Name}";

    /// <inheritdoc />
    public string PredictedCode => ObservationCodes.Glucose;

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, double>> State =>
        [.. Enum.GetValues<UvaPadovaState>().Select(s => KeyValuePair.Create(s.ToString(), simulator.State[(int)s]))];

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before the model's start or its current time.</exception>
    public double PredictAt(DateTimeOffset time)
    {
        var minutes = Minutes(time, nameof(time));
        if (minutes < simulator.TimeMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"The model is at minute {simulator.TimeMinutes} and never runs backward.");
        }

        if (minutes > simulator.TimeMinutes)
        {
            foreach (var segment in pump.RateSegments(simulator.TimeMinutes, minutes))
            {
                simulator.Advance(segment.EndMinutes, segment.UnitsPerMinute);
            }
        }

        return simulator.SubcutaneousGlucose;
    }

    /// <inheritdoc />
    public void Apply(ControlAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var minutes = Minutes(action.Time, nameof(action));
        pump.SetTemporaryBasal(minutes, action.BasalUnitsPerHour);
        if (action.BolusUnits > 0)
        {
            pump.Bolus(minutes, action.BolusUnits);
        }
    }

    private double Minutes(DateTimeOffset time, string parameter)
    {
        var minutes = (time - start).TotalMinutes;
        return minutes >= 0 ? minutes : throw new ArgumentOutOfRangeException(parameter, time, $"The time lies before the model's start {start:O}.");
    }
}
