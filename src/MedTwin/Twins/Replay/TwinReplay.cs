using MedTwin.Twins.Hosting;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;

namespace MedTwin.Twins.Replay;

/// <summary>
/// Replays a recorded stream through a <see cref="TwinHost"/> on a virtual clock. Lines arrive in file order; the
/// clock at each line is the latest time of any line so far (so an observation older than that arrives late, as it
/// would have live), and the twins are checked for dropouts at every multiple of the tick interval the clock passes.
/// Patients are split into groups replayed in parallel; because each line's clock is fixed by the whole file, every
/// twin sees the same inputs in the same order whatever the parallelism, and gives the same outputs.
/// </summary>
public static class TwinReplay
{
    /// <summary>Replays <paramref name="lines"/> into <paramref name="host"/>.</summary>
    public static ReplaySummary Run(IReadOnlyList<RecordedLine> lines, TwinHost host, ReplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(host);
        options = (options ?? new ReplayOptions()).Validated();
        var clocks = ArrivalClocks(lines);
        var counts = new Counts();
        if (clocks.Length == 0 || clocks[^1] is not { } end)
        {
            // No line holds an observation, so no time: the log needs one, and the Unix epoch says plainly that there was none.
            ReplayUnread(lines, clocks, host, counts, DateTimeOffset.UnixEpoch);
            return counts.Summary(lines.Count, null, null);
        }

        var start = Floor(clocks.First(c => c is not null)!.Value, options.TickInterval);
        ReplayUnread(lines, clocks, host, counts, start);
        var groups = Groups(lines, options.Parallelism);
        Parallel.ForEach(groups, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, group =>
            ReplayGroup(group, lines, clocks, host, options, start, end, counts));
        return counts.Summary(lines.Count, start, end);
    }

    // A line that holds no observation belongs to no patient: it is logged and counted first, at the clock of its place.
    private static void ReplayUnread(IReadOnlyList<RecordedLine> lines, DateTimeOffset?[] clocks, TwinHost host, Counts counts, DateTimeOffset start)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i] ?? throw new ArgumentException($"Line {i} of the recording is null.", nameof(lines));
            if (line.Observation is null)
            {
                var rejection = line.Rejection ?? throw new ArgumentException($"Line {line.LineNumber} holds neither an observation nor a rejection.", nameof(lines));
                counts.Add(host.Reject(rejection, clocks[i] ?? start));
            }
        }
    }

    private static void ReplayGroup(Group group, IReadOnlyList<RecordedLine> lines, DateTimeOffset?[] clocks, TwinHost host, ReplayOptions options, DateTimeOffset start, DateTimeOffset end, Counts counts)
    {
        var nextTick = start + options.TickInterval;
        var batch = new List<Observation>(options.BatchSize);
        var batchClock = start;

        void Flush()
        {
            if (batch.Count > 0)
            {
                counts.Add(host.Accept(batch, batchClock));
                batch.Clear();
            }
        }

        void TickUntil(DateTimeOffset clock)
        {
            for (; nextTick <= clock; nextTick += options.TickInterval)
            {
                Flush();
                counts.Add(host.Tick(nextTick, group.Patients));
            }
        }

        foreach (var index in group.Lines)
        {
            var clock = clocks[index]!.Value;
            TickUntil(clock);
            if (batch.Count == options.BatchSize)
            {
                Flush();
            }

            batch.Add(lines[index].Observation!);
            batchClock = clock;
        }

        Flush();
        TickUntil(end);
    }

    /// <summary>For each line, the latest time of any observation up to and including it (null before the first).</summary>
    private static DateTimeOffset?[] ArrivalClocks(IReadOnlyList<RecordedLine> lines)
    {
        var clocks = new DateTimeOffset?[lines.Count];
        DateTimeOffset? latest = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i]?.Observation is { } observation && (latest is null || observation.Time > latest))
            {
                latest = observation.Time;
            }

            clocks[i] = latest;
        }

        return clocks;
    }

    private static DateTimeOffset Floor(DateTimeOffset time, TimeSpan interval) =>
        new(time.UtcTicks - (time.UtcTicks % interval.Ticks), TimeSpan.Zero);

    private static List<Group> Groups(IReadOnlyList<RecordedLine> lines, int parallelism)
    {
        var patients = lines.Select(l => l.Observation?.PatientId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var count = Math.Min(parallelism, Math.Max(patients.Count, 1));
        var groupOf = patients.Select((patient, i) => (patient, i % count)).ToDictionary(p => p.patient, p => p.Item2, StringComparer.Ordinal);
        var groups = Enumerable.Range(0, count).Select(_ => new Group()).ToList();
        foreach (var (patient, group) in groupOf)
        {
            groups[group].Patients.Add(patient);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Observation is { } observation)
            {
                groups[groupOf[observation.PatientId]].Lines.Add(i);
            }
        }

        return groups;
    }

    private sealed class Group
    {
        public List<string> Patients { get; } = [];

        public List<int> Lines { get; } = [];
    }

    private sealed class Counts
    {
        private readonly long[] rejected = new long[Enum.GetValues<RejectionReason>().Length];
        private long accepted;
        private long late;
        private long alerts;
        private long actions;

        public void Add(TwinUpdate update) => Add([update]);

        public void Add(IEnumerable<TwinUpdate> updates)
        {
            foreach (var update in updates)
            {
                if (update.Accepted is not null)
                {
                    Interlocked.Increment(ref accepted);
                }

                if (update.IsLate)
                {
                    Interlocked.Increment(ref late);
                }

                if (update.Rejection is { } rejection)
                {
                    Interlocked.Increment(ref rejected[(int)rejection.Reason]);
                }

                Interlocked.Add(ref alerts, update.Alerts.Count);
                Interlocked.Add(ref actions, update.Actions.Count);
            }
        }

        public ReplaySummary Summary(long lines, DateTimeOffset? start, DateTimeOffset? end) => new(
            lines,
            accepted,
            late,
            [.. Enum.GetValues<RejectionReason>().Select(r => KeyValuePair.Create(r, rejected[(int)r]))],
            alerts,
            actions,
            start,
            end);
    }
}
