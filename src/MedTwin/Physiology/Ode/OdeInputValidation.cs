using System.Globalization;

namespace MedTwin.Physiology.Ode;

/// <summary>Refuses a problem the solvers cannot take, naming the argument, what was expected and what was found.</summary>
internal static class OdeInputValidation
{
    public static void Check(IOdeSystem system, double startTime, ReadOnlySpan<double> initialState, double endTime, OdeOptions options)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, tolerance) in new[] { ("RelativeTolerance", options.RelativeTolerance), ("AbsoluteTolerance", options.AbsoluteTolerance) })
        {
            if (!IsPositiveAndFinite(tolerance))
            {
                throw new ArgumentOutOfRangeException(nameof(options), Text($"{name} must be positive and finite; it is {tolerance}."));
            }
        }

        if (!(options.MaxStep > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Text($"MaxStep must be positive; it is {options.MaxStep}."));
        }

        if (options.InitialStep is { } initialStep && !IsPositiveAndFinite(initialStep))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Text($"InitialStep must be positive and finite; it is {initialStep}."));
        }

        if (options.MaxSteps <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Text($"MaxSteps must be positive; it is {options.MaxSteps}."));
        }

        if (!double.IsFinite(startTime) || !double.IsFinite(endTime))
        {
            throw new ArgumentOutOfRangeException(nameof(endTime), Text($"The start and end times must be finite; they are {startTime} and {endTime}."));
        }

        if (!(endTime > startTime))
        {
            throw new ArgumentOutOfRangeException(nameof(endTime), Text($"The end time {endTime} must be after the start time {startTime}: integration runs forward only."));
        }

        if (initialState.Length != system.Dimension)
        {
            throw new ArgumentException(Text($"The initial state has {initialState.Length} values but the system has Dimension {system.Dimension}."), nameof(initialState));
        }

        for (var i = 0; i < initialState.Length; i++)
        {
            if (!double.IsFinite(initialState[i]))
            {
                throw new ArgumentException(Text($"Initial state component {i} is {initialState[i]}; it must be finite."), nameof(initialState));
            }
        }

        CheckOutputTimes(options, startTime, endTime);
        CheckDiscontinuities(options, startTime, endTime);
        CheckEvents(options);
    }

    private static void CheckOutputTimes(OdeOptions options, double startTime, double endTime)
    {
        var times = options.OutputTimes;
        if (times is null)
        {
            return;
        }

        for (var i = 0; i < times.Count; i++)
        {
            if (!(times[i] >= startTime && times[i] <= endTime))
            {
                throw new ArgumentOutOfRangeException(nameof(options), Text($"OutputTimes[{i}] = {times[i]} is outside [{startTime}, {endTime}]."));
            }

            if (i > 0 && !(times[i] > times[i - 1]))
            {
                throw new ArgumentException(Text($"OutputTimes must be strictly increasing, but OutputTimes[{i}] = {times[i]} follows {times[i - 1]}."), nameof(options));
            }
        }
    }

    private static void CheckDiscontinuities(OdeOptions options, double startTime, double endTime)
    {
        var discontinuities = options.Discontinuities ?? throw new ArgumentException("Discontinuities is null.", nameof(options));
        for (var i = 0; i < discontinuities.Count; i++)
        {
            var time = discontinuities[i]?.Time ?? throw new ArgumentException(Text($"Discontinuities[{i}] is null."), nameof(options));
            if (!(time >= startTime && time <= endTime))
            {
                throw new ArgumentOutOfRangeException(nameof(options), Text($"Discontinuities[{i}].Time = {time} is outside [{startTime}, {endTime}]."));
            }
        }
    }

    private static void CheckEvents(OdeOptions options)
    {
        var events = options.Events ?? throw new ArgumentException("Events is null.", nameof(options));
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i]?.Function is null || events[i].Name is null)
            {
                throw new ArgumentException(Text($"Events[{i}] is null or lacks a Name or Function."), nameof(options));
            }
        }
    }

    private static bool IsPositiveAndFinite(double value) => value > 0 && double.IsFinite(value);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
