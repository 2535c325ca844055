using System.Globalization;

namespace MedTwin.Physiology.Ode;

/// <summary>
/// The driver shared by the solvers: integrates segment by segment between scheduled discontinuities, controls the
/// step size as SciPy's solve_ivp does, locates events and records the output.
/// </summary>
internal sealed class OdeIntegrator
{
    private readonly DerivativeEvaluator evaluator;
    private readonly IOdeStepper stepper;
    private readonly OdeOptions options;
    private readonly OutputRecorder output;
    private readonly EventLocator events;
    private readonly List<OdeEventOccurrence> found = [];
    private readonly double[] state;
    private OdeEventOccurrence? stoppedBy;
    private int steps;
    private int rejected;

    private OdeIntegrator(IOdeSystem system, OdeOptions options, Func<DerivativeEvaluator, IOdeStepper> createStepper)
    {
        evaluator = new DerivativeEvaluator(system);
        stepper = createStepper(evaluator);
        this.options = options;
        output = new OutputRecorder(options.OutputTimes, system.Dimension);
        events = new EventLocator(options.Events, system.Dimension);
        state = new double[system.Dimension];
    }

    public static OdeSolution Solve(IOdeSystem system, double startTime, ReadOnlySpan<double> initialState, double endTime, OdeOptions? options, Func<DerivativeEvaluator, IOdeStepper> createStepper)
    {
        options ??= new OdeOptions();
        OdeInputValidation.Check(system, startTime, initialState, endTime, options);
        var integrator = new OdeIntegrator(system, options, createStepper);
        return integrator.Run(startTime, initialState, endTime);
    }

    private OdeSolution Run(double startTime, ReadOnlySpan<double> initialState, double endTime)
    {
        var discontinuities = options.Discontinuities.OrderBy(d => d.Time).ToArray();
        var boundaries = discontinuities.Select(d => d.Time).Where(t => t > startTime).Append(endTime).Distinct().ToArray();
        initialState.CopyTo(state);
        events.Reset(startTime, state);
        if (output.EveryStep)
        {
            output.At(startTime, state);
        }

        var time = startTime;
        var running = Jump(time, discontinuities);
        foreach (var boundary in boundaries)
        {
            if (!running)
            {
                break;
            }

            stepper.Start(time, state);
            running = IntegrateTo(ref time, boundary) && Jump(boundary, discontinuities);
        }

        var statistics = new OdeStatistics(steps, rejected, evaluator.Evaluations, stepper.JacobianEvaluations, stepper.LuDecompositions);
        return new OdeSolution(output.Times, output.States, found, stoppedBy, statistics);
    }

    /// <summary>Applies the jumps scheduled at <paramref name="time"/> to <see cref="state"/> and records it; false when a terminal event fired.</summary>
    private bool Jump(double time, OdeDiscontinuity[] discontinuities)
    {
        var jumped = false;
        foreach (var discontinuity in discontinuities.Where(d => d.Time == time && d.Jump is not null))
        {
            discontinuity.Jump!(time, state);
            jumped = true;
        }

        var running = !jumped || Report(events.AfterJump(time, state));
        if (jumped || !output.EveryStep)
        {
            output.At(time, state);
        }

        return running;
    }

    private bool IntegrateTo(ref double time, double end)
    {
        var rtol = options.RelativeTolerance;
        var atol = options.AbsoluteTolerance;
        var order = stepper.ErrorEstimatorOrder;
        var step = options.InitialStep ?? StepSizeControl.InitialStep(evaluator, time, stepper.State, stepper.Derivative, order, rtol, atol);
        while (time < end)
        {
            if (steps >= options.MaxSteps)
            {
                throw new OdeSolverException(Text($"The solver took MaxSteps = {options.MaxSteps} steps and reached only t = {time:R} of {end:R}; raise MaxSteps, or use a stiff solver if the problem is stiff."), time);
            }

            var minStep = 10 * (Math.BitIncrement(time) - time);
            var size = Math.Max(Math.Min(step, options.MaxStep), minStep);
            var rejectedBefore = false;
            double nextTime;
            while (true)
            {
                if (size < minStep)
                {
                    throw new OdeSolverException(Text($"The step size fell to h = {size:R} at t = {time:R}, below the smallest step {minStep:R} that time can resolve there; the solution may blow up or be discontinuous without a scheduled discontinuity."), time);
                }

                nextTime = Math.Min(time + size, end);
                size = nextTime - time;
                var error = stepper.Attempt(time, nextTime, rtol, atol);
                if (error < 1)
                {
                    step = size * StepSizeControl.AcceptedFactor(error, order, rejectedBefore);
                    break;
                }

                size *= StepSizeControl.RejectedFactor(error, order);
                rejectedBefore = true;
                rejected++;
            }

            steps++;
            if (!AfterStep(time, nextTime, end))
            {
                return false;
            }

            stepper.Advance();
            time = nextTime;
        }

        stepper.State.CopyTo(state);
        return true;
    }

    /// <summary>Locates events in the accepted step and records output; false when a terminal event ended the integration.</summary>
    private bool AfterStep(double time, double nextTime, double end)
    {
        var crossings = options.Events.Count == 0 ? null : events.InStep(stepper, time, nextTime);
        var running = crossings is null || Report(crossings);
        var reached = running ? nextTime : stoppedBy!.Time;
        output.FromStep(stepper, reached, inclusive: !running);
        if (output.EveryStep)
        {
            if (running)
            {
                output.At(nextTime, stepper.ProposedState);
            }
            else
            {
                output.At(reached, stoppedBy!.State.ToArray());
            }
        }

        return running;
    }

    /// <summary>Keeps the crossings up to the first terminal one; false when there is a terminal one.</summary>
    private bool Report(List<OdeEventOccurrence> crossings)
    {
        foreach (var crossing in crossings)
        {
            found.Add(crossing);
            if (crossing.IsTerminal)
            {
                stoppedBy = crossing;
                return false;
            }
        }

        return true;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
