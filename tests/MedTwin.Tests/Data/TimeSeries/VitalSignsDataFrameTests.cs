using MedTwin.Data.TimeSeries;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.TimeSeries.VitalTimes;

namespace MedTwin.Tests.Data.TimeSeries;

public sealed class VitalSignsDataFrameTests
{
    private static DataFrame Tidy(DataFrameColumn time, DataFrameColumn? value = null) => new(
        new StringDataFrameColumn("patient", ["p1", "p1"]),
        time,
        new StringDataFrameColumn("code", ["hr", "hr"]),
        value ?? new DoubleDataFrameColumn("value", new double?[] { 70, null }));

    [Fact]
    public void A_tidy_frame_with_UTC_times_is_read_with_empty_values_missing()
    {
        var vitals = VitalSigns.FromDataFrame(Tidy(new PrimitiveDataFrameColumn<DateTime>("time", [At(0), At(5)])));

        Assert.Equal([70.0, null], vitals["p1", "hr"].Values);
    }

    [Fact]
    public void ISO_8601_text_with_a_zone_is_read_as_UTC()
    {
        var vitals = VitalSigns.FromDataFrame(Tidy(new StringDataFrameColumn("time", ["2024-03-01T08:00:00Z", "2024-03-01T09:05:00+01:00"])));

        Assert.Equal([At(0), At(5)], vitals["p1", "hr"].Times);
        Assert.All(vitals["p1", "hr"].Times, t => Assert.Equal(DateTimeKind.Utc, t.Kind));
    }

    [Fact]
    public void Text_without_a_zone_is_an_error_naming_the_row_never_a_guess()
    {
        var error = Assert.Throws<VitalDataException>(() =>
            VitalSigns.FromDataFrame(Tidy(new StringDataFrameColumn("time", ["2024-03-01T08:00:00Z", "2024-03-01 08:05"]))));

        Assert.StartsWith("Row 2 (patient 'p1', code 'hr'): the time \"2024-03-01 08:05\" is not an ISO 8601 time with a zone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_number_patients_and_values_are_read_culture_invariantly()
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("id", [1001, 1001]),
            new PrimitiveDataFrameColumn<DateTime>("t", [At(0), At(1)]),
            new StringDataFrameColumn("loinc", ["8867-4", "8867-4"]),
            new Int32DataFrameColumn("v", [61, 63]));

        var vitals = VitalSigns.FromDataFrame(frame, new VitalColumns("id", "t", "loinc", "v"));

        Assert.Equal([61.0, 63.0], vitals["1001", "8867-4"].Values);
    }

    [Fact]
    public void An_unknown_column_is_named_with_the_columns_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            VitalSigns.FromDataFrame(Tidy(new PrimitiveDataFrameColumn<DateTime>("time", [At(0), At(5)])), new VitalColumns(Value: "reading")));

        Assert.Contains("Value column 'reading' is not in the frame; its columns are patient, time, code, value.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_column_of_numbers_is_an_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => VitalSigns.FromDataFrame(Tidy(new Int64DataFrameColumn("time", [0L, 1L]))));

        Assert.Contains("Time column 'time' holds Int64 values; expected DateTime (UTC) or ISO 8601 text with a zone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_column_of_text_is_an_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            VitalSigns.FromDataFrame(Tidy(new PrimitiveDataFrameColumn<DateTime>("time", [At(0), At(5)]), new StringDataFrameColumn("value", ["70", "71"]))));

        Assert.Contains("Value column 'value' holds String values; vital signs are numbers.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NaN_in_the_frame_is_an_error_naming_row_patient_code_and_time()
    {
        var error = Assert.Throws<VitalDataException>(() =>
            VitalSigns.FromDataFrame(Tidy(new PrimitiveDataFrameColumn<DateTime>("time", [At(0), At(5)]), new DoubleDataFrameColumn("value", [70.0, double.NaN]))));

        Assert.Equal("Row 2 (patient 'p1', code 'hr', time 2024-03-01T08:05:00Z): the value is NaN; a vital sign is a finite number, or missing.", error.Message);
    }

    [Fact]
    public void An_empty_frame_gives_no_series()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("patient", 0), new PrimitiveDataFrameColumn<DateTime>("time", 0), new StringDataFrameColumn("code", 0), new DoubleDataFrameColumn("value", 0));

        Assert.Empty(VitalSigns.FromDataFrame(frame).Series);
    }

    [Fact]
    public void Vital_signs_go_back_to_a_tidy_frame_in_patient_code_time_order()
    {
        var vitals = VitalSigns.FromObservations([new("p2", At(1), "hr", 80), new("p1", At(5), "hr", null), new("p1", At(0), "hr", 70)]);

        var frame = vitals.ToDataFrame();

        Assert.Equal(["patient", "time", "code", "value"], frame.Columns.Select(c => c.Name));
        Assert.Equal(["p1", "p1", "p2"], frame.Columns["patient"].Cast<string>());
        Assert.Equal([At(0), At(5), At(1)], frame.Columns["time"].Cast<DateTime>());
        Assert.Equal([70.0, null, 80.0], frame.Columns["value"].Cast<double?>());
    }
}
