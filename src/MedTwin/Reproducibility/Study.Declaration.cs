using System.Globalization;

namespace MedTwin.Reproducibility;

/// <summary>How a study states its own seed and clock start, and what it does while they are only assumed.</summary>
public sealed partial class Study
{
    private VirtualClock clock;
    private Declaration? declared;
    private bool drawn;
    private string? firstDrawIn;

    /// <summary>The step running now (e.g. "Cell 3"), set by the host that runs the study; named when <see cref="Declare"/> comes too late.</summary>
    public string? Step { get; set; }

    /// <summary>
    /// States the study's seed and clock start in the study itself, so that every host that runs it uses the same ones
    /// (a notebook's first code cell: <c>Study.Declare(seed: 20261125, clockStart: "2000-01-01T00:00:00Z");</c>). A host
    /// that could not learn them takes them from here; one that did (a notebook's metadata) must have the same ones; a seed
    /// given to override the study's own (<c>--seed</c>) is kept. With no study running, it begins one.
    /// </summary>
    /// <param name="seed">The seed every random choice of the study draws from.</param>
    /// <param name="clockStart">Where the run's virtual clock starts: an ISO 8601 instant with a UTC offset, e.g. "2000-01-01T00:00:00Z".</param>
    /// <returns>The running study.</returns>
    /// <exception cref="ArgumentException"><paramref name="clockStart"/> is not such an instant, or out of range.</exception>
    /// <exception cref="InvalidOperationException">
    /// The study already drew on its seed or clock, already stated other values, or its host was told others; the message names both.
    /// </exception>
    public static Study Declare(int seed, string clockStart)
    {
        if (!VirtualClock.TryParseStart(clockStart, out var start))
        {
            throw new ArgumentException(
                $"Study.Declare's clockStart must be an ISO 8601 instant with a UTC offset, between years 0001 and 9999, e.g. \"2000-01-01T00:00:00Z\"; found \"{clockStart}\".",
                nameof(clockStart));
        }

        var declaration = new Declaration(seed, start);
        if (!IsRunning)
        {
            var study = Begin(new StudyOptions { Seed = seed, ClockStart = start, StatedBy = declaration.ToString() });
            study.declared = declaration;
            return study;
        }

        Current.State(declaration);
        return Current;
    }

    private void State(Declaration declaration)
    {
        if (declared is { } earlier)
        {
            if (earlier != declaration)
            {
                throw new InvalidOperationException($"{declaration} states other values than the earlier {earlier}: a study states its seed and clock start once.");
            }

            return;
        }

        if (drawn)
        {
            throw new InvalidOperationException(
                $"{declaration} comes after {firstDrawIn ?? "an earlier step"} drew on the seed or clock, which then were seed {Options.Seed} and clock start "
                + $"{Declaration.Format(Options.ClockStart)}: state them first, before anything draws on them, and run the study again.");
        }

        var seed = Options.SeedOverriddenBy is null ? declaration.Seed : Options.Seed;
        if (Options.StatedBy is { } statedBy)
        {
            if (seed != Options.Seed)
            {
                throw new InvalidOperationException($"{declaration} states seed {declaration.Seed}, but the seed stated in {statedBy} is {Options.Seed}: make them the same.");
            }

            if (declaration.ClockStart != Options.ClockStart)
            {
                throw new InvalidOperationException(
                    $"{declaration} states clock start {Declaration.Format(declaration.ClockStart)}, but the clock start stated in {statedBy} is {Declaration.Format(Options.ClockStart)}: make them the same.");
            }
        }
        else
        {
            Options = Options with { Seed = seed, ClockStart = declaration.ClockStart, StatedBy = declaration.ToString() };
            clock = new VirtualClock(declaration.ClockStart);
        }

        declared = declaration;
    }

    private T DrawOn<T>(T value)
    {
        if (drawn)
        {
            return value;
        }

        drawn = true;
        firstDrawIn = Step;
        if (Options is { StatedBy: null, SeedOverriddenBy: null, WarnsWhileAssumed: true })
        {
            Console.Error.WriteLine(
                $"MedTwin: this study has not stated its seed and clock start, so it uses seed {Options.Seed} and clock start {Declaration.Format(Options.ClockStart)}; "
                + "its numbers differ from those of a run with the study's own. State them before anything draws on them, in the first code cell: "
                + $"Study.Declare(seed: <seed>, clockStart: \"<ISO 8601 instant>\");");
        }

        return value;
    }

    private sealed record Declaration(int Seed, DateTimeOffset ClockStart)
    {
        public static string Format(DateTimeOffset instant) =>
            instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Study.Declare(seed: {Seed}, clockStart: \"{Format(ClockStart)}\")");
    }
}
