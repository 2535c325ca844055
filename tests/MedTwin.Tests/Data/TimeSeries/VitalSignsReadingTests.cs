using MedTwin.Data.TimeSeries;
using static MedTwin.Tests.Data.TimeSeries.VitalTimes;

namespace MedTwin.Tests.Data.TimeSeries;

public sealed class VitalSignsReadingTests
{
    [Fact]
    public void Observations_become_one_series_per_patient_and_code_ordered_by_patient_then_code()
    {
        var vitals = VitalSigns.FromObservations(
        [
            new("p2", At(0), "hr", 80),
            new("p1", At(0), "spo2", 97),
            new("p1", At(1), "hr", 70),
            new("p10", At(0), "hr", 60),
        ]);

        Assert.Equal([("p1", "hr"), ("p1", "spo2"), ("p10", "hr"), ("p2", "hr")], vitals.Series.Select(s => (s.Patient, s.Code)));
        Assert.Equal(["p1", "p10", "p2"], vitals.Patients);
        Assert.Equal(["hr", "spo2"], vitals.Codes);
    }

    [Fact]
    public void Unsorted_input_is_ordered_by_time()
    {
        var vitals = VitalSigns.FromArrays(["p1", "p1", "p1"], [At(10), At(0), At(5)], ["hr", "hr", "hr"], [3.0, 1.0, 2.0]);

        var series = vitals["p1", "hr"];
        Assert.Equal([At(0), At(5), At(10)], series.Times);
        Assert.Equal([1.0, 2.0, 3.0], series.Values);
    }

    [Fact]
    public void A_missing_value_is_kept_as_a_missing_point_not_dropped()
    {
        var vitals = VitalSigns.FromObservations([new("p1", At(0), "hr", 70), new("p1", At(1), "hr", null)]);

        var series = vitals["p1", "hr"];
        Assert.Equal([70.0, null], series.Values);
        Assert.Equal((2, 1, 1), (series.Count, series.Present, series.Missing));
        Assert.Equal(1, series.Series.ValueCount);
        Assert.Equal(2, series.Series.KeyCount);
    }

    [Fact]
    public void Duplicate_timestamps_are_an_error_naming_patient_code_time_and_rows_unless_a_rule_is_declared()
    {
        var error = Assert.Throws<VitalDataException>(() =>
            VitalSigns.FromArrays(["p1", "p1", "p1"], [At(0), At(5), At(0)], ["hr", "hr", "hr"], [70.0, 72.0, 74.0]));

        Assert.Equal(
            "Element 1 and element 3 (patient 'p1', code 'hr', time 2024-03-01T08:00:00Z): 2 values at the same time; declare how duplicates are resolved (DuplicateTimestamps.Mean or Last).",
            error.Message);
        Assert.Equal(("p1", "hr", At(0)), (error.Patient, error.Code, error.TimeUtc));
    }

    [Fact]
    public void Duplicates_resolved_by_mean_average_the_present_values()
    {
        var vitals = VitalSigns.FromObservations(
            [new("p1", At(0), "hr", 70), new("p1", At(0), "hr", null), new("p1", At(0), "hr", 76), new("p1", At(1), "hr", null), new("p1", At(1), "hr", null)],
            DuplicateTimestamps.Mean);

        Assert.Equal([73.0, null], vitals["p1", "hr"].Values);
        Assert.Contains("3 duplicate timestamps resolved", vitals.Steps[0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_resolved_by_last_take_the_row_that_comes_last_in_the_input()
    {
        var vitals = VitalSigns.FromArrays(["p1", "p1", "p1"], [At(5), At(0), At(5)], ["hr", "hr", "hr"], [90.0, 70.0, 80.0], DuplicateTimestamps.Last);

        Assert.Equal([70.0, 80.0], vitals["p1", "hr"].Values);
    }

    [Fact]
    public void Empty_input_gives_no_series_and_every_operation_keeps_it_empty()
    {
        var vitals = VitalSigns.FromObservations([]);

        var processed = vitals.Resample(TimeSpan.FromMinutes(5), GridAggregation.Mean).ForwardFill(TimeSpan.FromMinutes(10)).Rolling(TimeSpan.FromMinutes(15), WindowStatistic.Mean);

        Assert.Empty(processed.Series);
        Assert.Empty(processed.Patients);
        Assert.Equal("0 series of 0 patients and 0 codes, 0 points (0 missing)", processed.ToString());
        Assert.Equal(4, processed.Steps.Count);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void A_non_finite_value_is_an_error_naming_patient_code_and_time(double value, string shown)
    {
        var error = Assert.Throws<VitalDataException>(() =>
            VitalSigns.FromObservations([new("p1", At(0), "hr", 70), new("p7", At(5, 30), "spo2", value)]));

        Assert.Equal(
            $"Observation 2 (patient 'p7', code 'spo2', time 2024-03-01T08:05:30Z): the value is {shown}; a vital sign is a finite number, or missing.",
            error.Message);
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void A_time_that_is_not_UTC_is_an_error_never_converted(DateTimeKind kind)
    {
        var error = Assert.Throws<VitalDataException>(() =>
            VitalSigns.FromArrays(["p1"], [new DateTime(2024, 3, 1, 8, 0, 0, kind)], ["hr"], [70.0]));

        Assert.Equal(
            $"Element 1 (patient 'p1', code 'hr'): the time 2024-03-01T08:00:00 is of kind {kind}; times must be UTC (DateTimeKind.Utc).",
            error.Message);
    }

    [Fact]
    public void An_empty_patient_or_code_is_an_error_naming_the_row()
    {
        var patient = Assert.Throws<VitalDataException>(() => VitalSigns.FromArrays(["p1", " "], [At(0), At(1)], ["hr", "hr"], [70.0, 71.0]));
        var code = Assert.Throws<VitalDataException>(() => VitalSigns.FromArrays(["p1"], [At(0)], [""], [70.0]));

        Assert.Equal("Element 2 (code 'hr'): the patient is empty; every value needs a patient.", patient.Message);
        Assert.Equal("Element 1 (patient 'p1'): the code is empty; every value needs a code.", code.Message);
    }

    [Fact]
    public void Arrays_of_different_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => VitalSigns.FromArrays(["p1", "p1"], [At(0)], ["hr", "hr"], [1.0, 2.0]));

        Assert.Contains("2 patients, 1 times, 2 codes, 2 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_is_recorded_as_the_first_step()
    {
        var vitals = VitalSigns.FromObservations([new("p1", At(0), "hr", 70), new("p1", At(1), "hr", null), new("p2", At(0), "rr", 14)]);

        Assert.Equal(
            new VitalsStep(1, "read, duplicates: reject", "3 observations (1 missing) into 2 series of 2 patients and 2 codes; 0 duplicate timestamps resolved"),
            Assert.Single(vitals.Steps));
    }

    [Fact]
    public void An_unknown_series_is_named_with_the_patients_and_codes_there_are()
    {
        var vitals = VitalSigns.FromObservations([new("p1", At(0), "hr", 70)]);

        var error = Assert.Throws<KeyNotFoundException>(() => vitals["p2", "hr"]);

        Assert.Equal("No series for patient 'p2' and code 'hr'. Patients: p1; codes: hr.", error.Message);
    }
}
