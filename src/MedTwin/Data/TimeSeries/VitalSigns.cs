using Deedle;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.TimeSeries;

/// <summary>
/// Vital signs as one time series per patient and code (ordered by patient, then code, ordinally), each a Deedle series
/// keyed by UTC time. Operations return new vital signs and record what they did in <see cref="Steps"/>:
/// <see cref="Resample"/> to a fixed grid, <see cref="ForwardFill"/> with a maximum gap, <see cref="Rolling"/> time
/// windows, and <see cref="CheckRanges"/> against declared plausible ranges.
/// </summary>
public sealed class VitalSigns
{
    internal VitalSigns(IReadOnlyList<VitalSeries> series, IReadOnlyList<VitalsStep> steps)
    {
        Series = series;
        Steps = steps;
        Patients = [.. series.Select(s => s.Patient).Distinct(StringComparer.Ordinal)];
        Codes = [.. series.Select(s => s.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>One series per patient and code, ordered by patient, then code.</summary>
    public IReadOnlyList<VitalSeries> Series { get; }

    /// <summary>What was done, step by step, from reading the input on.</summary>
    public IReadOnlyList<VitalsStep> Steps { get; }

    /// <summary>The patients, ordered.</summary>
    public IReadOnlyList<string> Patients { get; }

    /// <summary>The codes, ordered.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>One line per series: points, present, missing and time span (a table in a notebook).</summary>
    public IReadOnlyList<VitalSeriesSummary> Summary =>
        [.. Series.Select(s => new VitalSeriesSummary(s.Patient, s.Code, s.Count, s.Present, s.Missing, s.RawTimes[0], s.RawTimes[^1]))];

    /// <summary>The series of one patient and code.</summary>
    /// <exception cref="KeyNotFoundException">There is no such series; the message lists what there is.</exception>
    public VitalSeries this[string patient, string code] =>
        Series.FirstOrDefault(s => s.Patient == patient && s.Code == code)
        ?? throw new KeyNotFoundException(
            $"No series for patient '{patient}' and code '{code}'. Patients: {string.Join(", ", Patients)}; codes: {string.Join(", ", Codes)}.");

    /// <summary>Reads tidy observations; times must be UTC and values finite or missing (<see langword="null"/>).</summary>
    /// <exception cref="VitalDataException">An observation has no patient or code, a non-UTC time, a NaN or ∞ value, or a duplicate time under <see cref="DuplicateTimestamps.Reject"/>.</exception>
    public static VitalSigns FromObservations(IEnumerable<VitalObservation> observations, DuplicateTimestamps duplicates = DuplicateTimestamps.Reject)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var rows = new VitalRows(observations.TryGetNonEnumeratedCount(out var count) ? count : 0, "observation");
        foreach (var observation in observations)
        {
            ArgumentNullException.ThrowIfNull(observation, nameof(observations));
            rows.Add(observation.Patient, observation.TimeUtc, observation.Code, observation.Value);
        }

        return VitalSignsBuilder.Build(rows, duplicates);
    }

    /// <summary>Reads parallel arrays, element i being one value; times must be UTC and values finite.</summary>
    /// <exception cref="ArgumentException">The arrays differ in length.</exception>
    /// <exception cref="VitalDataException">An element has no patient or code, a non-UTC time, a NaN or ∞ value, or a duplicate time under <see cref="DuplicateTimestamps.Reject"/>.</exception>
    public static VitalSigns FromArrays(
        IReadOnlyList<string> patients, IReadOnlyList<DateTime> timesUtc, IReadOnlyList<string> codes, IReadOnlyList<double> values,
        DuplicateTimestamps duplicates = DuplicateTimestamps.Reject)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(timesUtc);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(values);
        if (timesUtc.Count != patients.Count || codes.Count != patients.Count || values.Count != patients.Count)
        {
            throw new ArgumentException(
                $"The arrays differ in length: {patients.Count} patients, {timesUtc.Count} times, {codes.Count} codes, {values.Count} values.", nameof(values));
        }

        var rows = new VitalRows(patients.Count, "element");
        for (var i = 0; i < patients.Count; i++)
        {
            rows.Add(patients[i], timesUtc[i], codes[i], values[i]);
        }

        return VitalSignsBuilder.Build(rows, duplicates);
    }

    /// <summary>Reads a tidy DataFrame with one row per patient, time, code and value (column names in <paramref name="columns"/>).</summary>
    /// <exception cref="ArgumentException">A column is not in the frame or has the wrong type; the message names it.</exception>
    /// <exception cref="VitalDataException">A row has no patient, code or time, a time without a zone, a NaN or ∞ value, or a duplicate time under <see cref="DuplicateTimestamps.Reject"/>.</exception>
    public static VitalSigns FromDataFrame(DataFrame frame, VitalColumns? columns = null, DuplicateTimestamps duplicates = DuplicateTimestamps.Reject)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return VitalSignsBuilder.Build(VitalsFrameReader.Read(frame, columns ?? new VitalColumns()), duplicates);
    }

    /// <summary>
    /// Resamples every series onto a fixed grid of <paramref name="interval"/>: grid points are whole multiples of it since
    /// 0001-01-01T00:00Z (a 5-minute grid falls on :00, :05, …) and the point t takes the values in [t, t + interval),
    /// aggregated as declared. A patient's codes share one grid spanning the patient's first to last value; a grid point
    /// without a present value is missing.
    /// </summary>
    public VitalSigns Resample(TimeSpan interval, GridAggregation aggregation) => GridResampler.Resample(this, interval, aggregation);

    /// <summary>
    /// Fills a missing point with the last present value when that value was observed at most <paramref name="maxGap"/>
    /// before it; points further from any value stay missing. Filled values do not extend the gap.
    /// </summary>
    public VitalSigns ForwardFill(TimeSpan maxGap) => GapLimitedForwardFill.Fill(this, maxGap);

    /// <summary>
    /// A trailing window at every time point t: the statistic of the present values in (t − <paramref name="window"/>, t],
    /// missing where there is none.
    /// </summary>
    public VitalSigns Rolling(TimeSpan window, WindowStatistic statistic) => RollingWindow.Apply(this, window, statistic);

    /// <summary>
    /// Checks every present value against its code's declared plausible range (bounds included). Implausible values are
    /// set missing or flagged as declared, and listed in the report; codes without a declared range are left unchecked and
    /// named in the report.
    /// </summary>
    /// <exception cref="ArgumentException">A range is NaN, has its minimum above its maximum, or a code is declared twice.</exception>
    public RangeCheckResult CheckRanges(IEnumerable<PlausibleRange> ranges, OutOfRangeAction action) => RangeChecker.Check(this, ranges, action);

    /// <summary>One patient's series as a Deedle frame: one column per code, rows the union of their times, ordered.</summary>
    /// <exception cref="KeyNotFoundException">There is no such patient.</exception>
    public Frame<DateTime, string> ToFrame(string patient)
    {
        var series = Series.Where(s => s.Patient == patient).ToList();
        if (series.Count == 0)
        {
            throw new KeyNotFoundException($"No series for patient '{patient}'. Patients: {string.Join(", ", Patients)}.");
        }

        return Frame.FromColumns(series.Select(s => KeyValuePair.Create(s.Code, s.Series))).SortRowsByKey();
    }

    /// <summary>The vital signs as a tidy DataFrame (patient, time, code, value; missing values empty), ordered by patient, code and time.</summary>
    public DataFrame ToDataFrame(VitalColumns? columns = null)
    {
        columns ??= new VitalColumns();
        var count = Series.Sum(s => s.Count);
        var patients = new StringDataFrameColumn(columns.Patient, count);
        var times = new PrimitiveDataFrameColumn<DateTime>(columns.Time, count);
        var codes = new StringDataFrameColumn(columns.Code, count);
        var values = new DoubleDataFrameColumn(columns.Value, count);
        var row = 0;
        foreach (var series in Series)
        {
            for (var i = 0; i < series.Count; i++, row++)
            {
                patients[row] = series.Patient;
                times[row] = series.RawTimes[i];
                codes[row] = series.Code;
                values[row] = double.IsNaN(series.RawValues[i]) ? null : series.RawValues[i];
            }
        }

        return new DataFrame(patients, times, codes, values);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Series.Count} series of {Patients.Count} patients and {Codes.Count} codes, {Series.Sum(s => s.Count)} points ({Series.Sum(s => s.Missing)} missing)";

    internal VitalSigns With(IReadOnlyList<VitalSeries> series, string operation, string details) =>
        new(series, [.. Steps, new VitalsStep(Steps.Count + 1, operation, details)]);
}
