using MedTwin.Data.Fhir;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Fhir.BundleText;

namespace MedTwin.Tests.Data.Fhir;

/// <summary>Wide tables from the tidy observations: per patient (aggregated) and per patient and time.</summary>
public sealed class ObservationPivotTests
{
    private static readonly DataFrame Observations = FhirFixture.Import.Observations;

    [Fact]
    public void Per_patient_takes_the_latest_value_of_each_code_and_unit()
    {
        var wide = ObservationPivot.PerPatient(Observations);

        Assert.Equal(76.0, Cell(wide, "ftv-aurora", "8867-4 [/min]"));
        Assert.Equal(135.0, Cell(wide, "ftv-aurora", "8480-6 [mm[Hg]]"));
        Assert.Equal(88.0, Cell(wide, "ftv-aurora", "8462-4 [mm[Hg]]"));
        Assert.Equal(61.0, Cell(wide, "ftv-bartholomew", "8867-4 [/min]"));
        Assert.Null(Cell(wide, "ftv-desmond", "9279-1 [/min]"));
    }

    [Fact]
    public void Per_patient_has_one_row_per_patient_including_one_not_in_the_bundle()
    {
        var wide = ObservationPivot.PerPatient(Observations);

        Assert.Equal(
            ["ftv-aurora", "ftv-bartholomew", "ftv-cordelia", "ftv-desmond", "ftv-evangeline", "ftv-florian", "ftv-ghost"],
            wide[FhirObservationColumns.Patient].Cast<string>());
        Assert.Equal(70.0, Cell(wide, "ftv-ghost", "8867-4 [/min]"));
    }

    [Fact]
    public void Values_in_different_units_get_their_own_columns_and_unknown_codes_are_kept()
    {
        var names = ObservationPivot.PerPatient(Observations).Columns.Select(c => c.Name).ToArray();

        Assert.Equal(
            [
                "patient", "2345-7 [mg/dL]", "2345-7 [mmol/L]", "2708-6 [%]", "29463-7 [[lb_av]]", "29463-7 [kg]", "59408-5 [%]",
                "8302-2 [[in_i]]", "8302-2 [cm]", "8310-5 [Cel]", "8462-4 [mm[Hg]]", "8480-6 [mm[Hg]]", "8867-4 [/min]",
                "8867-4 [beats/minute]", "9279-1 [/min]", "pain-score-local [{score}]",
            ],
            names);
    }

    [Fact]
    public void A_malformed_value_is_missing_and_never_chosen()
    {
        var wide = ObservationPivot.PerPatient(Observations);

        Assert.Null(Cell(wide, "ftv-evangeline", "8867-4 [/min]"));
        Assert.Equal(0, Cell(ObservationPivot.PerPatient(Observations, ObservationAggregate.Count), "ftv-evangeline", "8867-4 [/min]"));
    }

    [Theory]
    [InlineData(ObservationAggregate.Earliest, 72.0)]
    [InlineData(ObservationAggregate.Latest, 76.0)]
    [InlineData(ObservationAggregate.Mean, (72.0 + 88.0 + 76.0) / 3)]
    [InlineData(ObservationAggregate.Min, 72.0)]
    [InlineData(ObservationAggregate.Max, 88.0)]
    public void A_declared_aggregate_combines_a_patients_values(ObservationAggregate aggregate, double expected)
    {
        Assert.Equal(expected, Cell(ObservationPivot.PerPatient(Observations, aggregate), "ftv-aurora", "8867-4 [/min]"));
    }

    [Fact]
    public void Count_gives_integer_columns()
    {
        var wide = ObservationPivot.PerPatient(Observations, ObservationAggregate.Count);

        Assert.IsType<Int32DataFrameColumn>(wide["8867-4 [/min]"]);
        Assert.Equal(3, Cell(wide, "ftv-aurora", "8867-4 [/min]"));
        Assert.Equal(2, Cell(wide, "ftv-aurora", "8480-6 [mm[Hg]]"));
    }

    [Fact]
    public void Per_patient_time_puts_the_values_taken_together_on_one_row()
    {
        var wide = ObservationPivot.PerPatientTime(Observations);
        var row = wide.Rows.Single(r => (string?)r[0] == "ftv-aurora" && (DateTime?)r[1] == new DateTime(2024, 3, 4, 13, 30, 0, DateTimeKind.Utc));

        Assert.Equal(72.0, row["8867-4 [/min]"]);
        Assert.Equal(16.0, row["9279-1 [/min]"]);
        Assert.Equal(97.0, row["59408-5 [%]"]);
        Assert.Equal(37.2, row["8310-5 [Cel]"]);
        Assert.Equal(128.0, row["8480-6 [mm[Hg]]"]);
        Assert.Equal(82.0, row["8462-4 [mm[Hg]]"]);
        Assert.Null(row["2345-7 [mg/dL]"]);
    }

    [Fact]
    public void Per_patient_time_has_one_row_per_distinct_patient_and_time_in_order()
    {
        var wide = ObservationPivot.PerPatientTime(Observations);
        var moments = Enumerable.Range(0, (int)Observations.Rows.Count)
            .Select(i => ((string?)Observations["patient"][i], (DateTime?)Observations["time"][i]))
            .Distinct()
            .ToArray();

        Assert.Equal(moments.Length, (int)wide.Rows.Count);
        Assert.Equal(moments, Enumerable.Range(0, (int)wide.Rows.Count).Select(i => ((string?)wide["patient"][i], (DateTime?)wide["time"][i])));
    }

    [Fact]
    public void Two_values_of_one_code_at_one_time_are_an_error_unless_an_aggregate_is_declared()
    {
        var observations = Import(Patient, HeartRate(id: "\"a\""), HeartRate(id: "\"b\"", value: "\"valueQuantity\": { \"value\": 80, \"system\": \"http://unitsofmeasure.org\", \"code\": \"/min\" }")).Observations;

        var e = Assert.Throws<InvalidOperationException>(() => ObservationPivot.PerPatientTime(observations));
        Assert.Equal("Patient 'p1' has 2 values of '8867-4 [/min]' at 2024-03-01T08:00:00.0000000Z; pass an aggregate to combine duplicates.", e.Message);
        Assert.Equal(76.0, ObservationPivot.PerPatientTime(observations, ObservationAggregate.Mean)["8867-4 [/min]"][0]);
        Assert.Equal(80.0, ObservationPivot.PerPatientTime(observations, ObservationAggregate.Latest)["8867-4 [/min]"][0]);
        Assert.Equal(72.0, ObservationPivot.PerPatientTime(observations, ObservationAggregate.Earliest)["8867-4 [/min]"][0]);
    }

    [Fact]
    public void A_value_without_a_time_is_chosen_only_when_no_value_has_one()
    {
        var untimed = HeartRate(id: "\"u\"", time: "\"issued\": \"2024-03-01T08:00:00Z\"", value: "\"valueQuantity\": { \"value\": 99, \"system\": \"http://unitsofmeasure.org\", \"code\": \"/min\" }");

        Assert.Equal(72.0, ObservationPivot.PerPatient(Import(Patient, HeartRate(), untimed).Observations)["8867-4 [/min]"][0]);
        Assert.Equal(99.0, ObservationPivot.PerPatient(Import(Patient, untimed).Observations)["8867-4 [/min]"][0]);
    }

    [Fact]
    public void An_empty_observations_table_pivots_to_an_empty_table()
    {
        var observations = Import(Patient).Observations;

        var wide = ObservationPivot.PerPatient(observations);

        Assert.Equal(["patient"], wide.Columns.Select(c => c.Name));
        Assert.Equal(0, wide.Rows.Count);
        Assert.Equal(["patient", "time"], ObservationPivot.PerPatientTime(observations).Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_table_without_the_observation_columns_is_refused_naming_the_missing_column()
    {
        var frame = new DataFrame(new StringDataFrameColumn("patient", ["p1"]));

        var e = Assert.Throws<ArgumentException>(() => ObservationPivot.PerPatient(frame));
        Assert.StartsWith("The observations table has no 'time' column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_the_wrong_type_is_refused()
    {
        var frame = Observations.Clone();
        frame.Columns.Remove("value");
        frame.Columns.Add(new StringDataFrameColumn("value", Observations.Rows.Count));

        var e = Assert.Throws<ArgumentException>(() => ObservationPivot.PerPatient(frame));
        Assert.StartsWith("The observations table's 'value' column holds String; expected real.", e.Message, StringComparison.Ordinal);
    }

    private static object? Cell(DataFrame wide, string patient, string column)
    {
        var row = Enumerable.Range(0, (int)wide.Rows.Count).Single(i => (string?)wide["patient"][i] == patient);
        return wide[column][row];
    }
}
