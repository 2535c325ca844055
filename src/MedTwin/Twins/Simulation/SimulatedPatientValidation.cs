using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Simulation;

/// <summary>Checks a <see cref="SimulatedPatientOptions"/> before a simulation starts, naming the property and entry at fault.</summary>
internal static class SimulatedPatientValidation
{
    public static SimulatedPatientOptions Validated(SimulatedPatientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var parameter = nameof(options);
        if (string.IsNullOrWhiteSpace(options.PatientId))
        {
            throw new ArgumentException("PatientId must not be empty.", parameter);
        }

        Required(options.GlucosePatient, nameof(options.GlucosePatient), parameter);
        Required(options.Vitals, nameof(options.Vitals), parameter);
        Required(options.Meals, nameof(options.Meals), parameter);
        Required(options.Cgm, nameof(options.Cgm), parameter);
        Required(options.Pump, nameof(options.Pump), parameter);
        if (string.IsNullOrWhiteSpace(options.CgmDeviceId))
        {
            throw new ArgumentException("CgmDeviceId must not be empty.", parameter);
        }

        if (options.InitialBasalUnitsPerHour is { } basal && !(double.IsFinite(basal) && basal >= 0))
        {
            throw new ArgumentOutOfRangeException(parameter, basal, VitalSignRange.Text($"InitialBasalUnitsPerHour must be zero or positive and finite; found {basal}."));
        }

        ValidateSensors(Required(options.VitalSignSensors, nameof(options.VitalSignSensors), parameter), parameter);
        ValidateFaults(options, Required(options.Faults, nameof(options.Faults), parameter), parameter);
        return options;
    }

    private static void ValidateSensors(IReadOnlyList<VitalSignSensor> sensors, string parameter)
    {
        for (var i = 0; i < sensors.Count; i++)
        {
            var sensor = sensors[i] ?? throw new ArgumentException($"VitalSignSensors[{i}] is null.", parameter);
            var what = $"VitalSignSensors[{i}]";
            if (!VitalSigns.Codes.Contains(sensor.Code))
            {
                throw new ArgumentException($"{what} measures '{sensor.Code}', which is not a vital sign; expected one of {string.Join(", ", VitalSigns.Codes)}.", parameter);
            }

            what = $"{what} ({VitalSignRange.Name(sensor.Code)})";
            if (sensors.Take(i).Any(s => s?.Code == sensor.Code))
            {
                throw new ArgumentException($"{what} measures a code another sensor already measures.", parameter);
            }

            if (string.IsNullOrWhiteSpace(sensor.DeviceId))
            {
                throw new ArgumentException($"{what} has an empty DeviceId.", parameter);
            }

            if (sensor.Interval <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(parameter, sensor.Interval, $"{what}'s Interval must be positive; found {sensor.Interval}.");
            }

            if (!(double.IsFinite(sensor.NoiseStandardDeviation) && sensor.NoiseStandardDeviation >= 0))
            {
                throw new ArgumentOutOfRangeException(parameter, sensor.NoiseStandardDeviation, VitalSignRange.Text($"{what}'s NoiseStandardDeviation must be zero or positive and finite; found {sensor.NoiseStandardDeviation}."));
            }

            if (!(sensor.NoiseAutocorrelation is >= 0 and < 1))
            {
                throw new ArgumentOutOfRangeException(parameter, sensor.NoiseAutocorrelation, VitalSignRange.Text($"{what}'s NoiseAutocorrelation must lie in [0, 1); found {sensor.NoiseAutocorrelation}."));
            }

            if (sensor.Decimals is < 0 or > 6)
            {
                throw new ArgumentOutOfRangeException(parameter, sensor.Decimals, $"{what}'s Decimals must be 0 to 6; found {sensor.Decimals}.");
            }
        }
    }

    private static void ValidateFaults(SimulatedPatientOptions options, IReadOnlyList<InjectedFault> faults, string parameter)
    {
        var devices = options.VitalSignSensors.Select(s => s.DeviceId).Append(options.CgmDeviceId).ToHashSet(StringComparer.Ordinal);
        var codes = options.VitalSignSensors.Select(s => s.Code).Append(ObservationCodes.Glucose).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < faults.Count; i++)
        {
            var what = $"Faults[{i}]";
            switch (faults[i])
            {
                case null:
                    throw new ArgumentException($"{what} is null.", parameter);
                case InjectedDropout dropout:
                    Known(devices, dropout.DeviceId, $"{what} silences device '{dropout.DeviceId}'", "devices", parameter);
                    Window(dropout.From, dropout.Until, what, parameter);
                    break;
                case InjectedFlatLine flatLine:
                    Known(codes, flatLine.Code, $"{what} sticks code '{flatLine.Code}'", "measured codes", parameter);
                    Window(flatLine.From, flatLine.Until, what, parameter);
                    break;
                case InjectedSpike spike:
                    Known(codes, spike.Code, $"{what} spikes code '{spike.Code}'", "measured codes", parameter);
                    if (spike.At < TimeSpan.Zero)
                    {
                        throw new ArgumentOutOfRangeException(parameter, spike.At, $"{what} is at {spike.At}, before the simulation starts.");
                    }

                    if (!double.IsFinite(spike.Value))
                    {
                        throw new ArgumentOutOfRangeException(parameter, spike.Value, VitalSignRange.Text($"{what}'s value must be finite; found {spike.Value}."));
                    }

                    break;
                default:
                    throw new ArgumentException($"{what} is a {faults[i].GetType().Name}; a simulation injects InjectedDropout, InjectedFlatLine and InjectedSpike.", parameter);
            }
        }
    }

    private static void Known(HashSet<string> known, string? name, string what, string kind, string parameter)
    {
        if (name is null || !known.Contains(name))
        {
            throw new ArgumentException($"{what}, which the patient does not have; its {kind} are {string.Join(", ", known.Order(StringComparer.Ordinal))}.", parameter);
        }
    }

    private static void Window(TimeSpan from, TimeSpan until, string what, string parameter)
    {
        if (from < TimeSpan.Zero || until <= from)
        {
            throw new ArgumentOutOfRangeException(parameter, until, $"{what} runs from {from} until {until}; it must start at or after 0 and end after it starts.");
        }
    }

    private static T Required<T>(T? value, string name, string parameter)
        where T : class => value ?? throw new ArgumentException($"{name} must not be null.", parameter);
}
