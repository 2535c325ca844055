using Deedle;
using MedTwin.Data.TimeSeries;
using static MedTwin.Tests.Data.TimeSeries.VitalTimes;

namespace MedTwin.Tests.Data.TimeSeries;

public sealed class DeedleSeriesTests
{
    private static VitalSigns Vitals() => VitalSigns.FromObservations(
        [new("p1", At(0), "hr", 70), new("p1", At(5), "hr", null), new("p1", At(5), "spo2", 97), new("p2", At(0), "hr", 60)]);

    [Fact]
    public void A_series_is_a_Deedle_series_keyed_by_UTC_time_with_missing_values_as_Deedle_missing()
    {
        var series = Vitals()["p1", "hr"].Series;

        Assert.Equal([At(0), At(5)], series.Keys);
        Assert.Equal(70.0, series.Get(At(0)));
        Assert.False(series.TryGet(At(5)).HasValue);
        Assert.True(series.IsOrdered);
    }

    [Fact]
    public void A_patients_codes_form_a_Deedle_frame_aligned_on_time()
    {
        var frame = Vitals().ToFrame("p1");

        Assert.Equal(["hr", "spo2"], frame.ColumnKeys);
        Assert.Equal([At(0), At(5)], frame.RowKeys);
        var spo2 = frame.GetColumn<double>("spo2");
        Assert.False(spo2.TryGet(At(0)).HasValue);
        Assert.Equal(97.0, spo2.Get(At(5)));
    }

    [Fact]
    public void A_frame_for_an_unknown_patient_names_the_patients_there_are()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Vitals().ToFrame("p9"));

        Assert.Equal("No series for patient 'p9'. Patients: p1, p2.", error.Message);
    }

    [Fact]
    public void The_summary_has_one_line_per_series()
    {
        Assert.Equal(
            [
                new VitalSeriesSummary("p1", "hr", 2, 1, 1, At(0), At(5)),
                new VitalSeriesSummary("p1", "spo2", 1, 1, 0, At(5), At(5)),
                new VitalSeriesSummary("p2", "hr", 1, 1, 0, At(0), At(0)),
            ],
            Vitals().Summary);
    }

    [Fact]
    public void The_same_input_in_another_order_gives_the_same_series()
    {
        var observations = new VitalObservation[]
        {
            new("p2", At(3), "hr", 61), new("p1", At(1), "hr", 70), new("p1", At(0), "rr", 12), new("p2", At(0), "hr", 60), new("p1", At(9), "hr", 75),
        };

        var forward = VitalSigns.FromObservations(observations).Resample(TimeSpan.FromMinutes(5), GridAggregation.Mean);
        var backward = VitalSigns.FromObservations(observations.Reverse()).Resample(TimeSpan.FromMinutes(5), GridAggregation.Mean);

        Assert.Equal(forward.Summary, backward.Summary);
        Assert.Equal(forward.Series.Select(s => s.Values), backward.Series.Select(s => s.Values));
    }
}
