using MedTwin.Data.Deidentification;
using MedTwin.Tests.Data.Fhir;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Deidentification;

/// <summary>Safe Harbor on tables of any shape, with declared column roles.</summary>
public sealed class GenericTableDeidentificationTests
{
    private static readonly DateTime Reference = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DeidentificationOptions Options = new() { Seed = 11, MaxShiftDays = 30, AgeReferenceDate = Reference };

    private static DateTime Day(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    /// <summary>Visits: three patients, a tag per row to follow rows through the shuffle, one row without a patient.</summary>
    private static DeidentificationTable Visits() => new(
        "visits",
        new DataFrame(
            new StringDataFrameColumn("mrn", ["M-1", "M-2", "M-1", "M-3", null, "M-2"]),
            new DateTimeDataFrameColumn("admitted", [Day(2020, 1, 1, 8), Day(2021, 6, 1), Day(2020, 1, 9, 20), null, Day(2020, 5, 5), Day(2021, 6, 30)]),
            new Int32DataFrameColumn("age", [45, 92, 45, 89, 30, 93]),
            new DoubleDataFrameColumn("age_exact", [45.5, 92.1, 45.6, 89.99, 30.0, 93.4]),
            new StringDataFrameColumn("nurse_note_author", ["Ada", "Bob", "Cy", "Di", "Ed", "Flo"]),
            new Int32DataFrameColumn("tag", [0, 1, 2, 3, 4, 5])),
        new Dictionary<string, ColumnRole>
        {
            ["mrn"] = ColumnRole.PatientKey,
            ["admitted"] = ColumnRole.Date,
            ["age"] = ColumnRole.Age,
            ["age_exact"] = ColumnRole.Age,
            ["nurse_note_author"] = ColumnRole.Identifier,
            ["tag"] = ColumnRole.Keep,
        });

    private static DeidentificationTable People() => new(
        "people",
        new DataFrame(
            new StringDataFrameColumn("mrn", ["M-1", "M-2", "M-3"]),
            new DateTimeDataFrameColumn("born", [Day(1979, 3, 3), Day(1932, 2, 2), null]),
            new StringDataFrameColumn("zip", ["20301", "20301-1234", "8790"]),
            new Int32DataFrameColumn("tag", [10, 11, 12])),
        new Dictionary<string, ColumnRole>
        {
            ["mrn"] = ColumnRole.PatientKey,
            ["born"] = ColumnRole.BirthDate,
            ["zip"] = ColumnRole.PostalCode,
            ["tag"] = ColumnRole.Keep,
        });

    [Fact]
    public void Dates_of_one_patient_move_by_the_same_number_of_days_in_every_table()
    {
        var result = SafeHarbor.Deidentify([Visits(), People()], Options);
        var visits = ByTag(result["visits"]);
        var people = ByTag(result["people"]);

        var shiftM1 = (DateTime)visits[0]["admitted"]! - Day(2020, 1, 1, 8);
        Assert.Equal(shiftM1, (DateTime)visits[2]["admitted"]! - Day(2020, 1, 9, 20));
        Assert.Equal(shiftM1, (DateTime)people[10]["born"]! - Day(1979, 3, 3));
        Assert.Equal((DateTime)visits[1]["admitted"]! - Day(2021, 6, 1), (DateTime)visits[5]["admitted"]! - Day(2021, 6, 30));
        Assert.Equal(visits[0]["mrn"], people[10]["mrn"]);
        Assert.Equal(visits[1]["mrn"], visits[5]["mrn"]);
    }

    [Fact]
    public void Each_shift_is_whole_days_within_the_declared_range_and_never_zero()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var visits = ByTag(SafeHarbor.Deidentify([Visits()], Options with { Seed = seed })["visits"]);
            var shift = (DateTime)visits[0]["admitted"]! - Day(2020, 1, 1, 8);

            Assert.Equal(0, shift.Ticks % TimeSpan.TicksPerDay);
            Assert.InRange(Math.Abs(shift.TotalDays), 1, 30);
        }
    }

    [Fact]
    public void A_date_without_a_patient_is_removed_and_a_missing_date_stays_missing()
    {
        var result = SafeHarbor.Deidentify([Visits()], Options);
        var visits = ByTag(result["visits"]);

        Assert.Null(visits[4]["admitted"]);
        Assert.Null(visits[4]["mrn"]);
        Assert.Null(visits[3]["admitted"]);
        Assert.Equal(1, result.Report.Count(DeidentificationRule.RemovedDateWithoutPatient));
        Assert.Equal(4, result.Report.Count(DeidentificationRule.ShiftedDate));
    }

    [Fact]
    public void Ages_of_90_and_over_become_90_keeping_the_columns_type()
    {
        var result = SafeHarbor.Deidentify([Visits()], Options);
        var visits = result["visits"];
        var byTag = ByTag(visits);

        Assert.IsType<Int32DataFrameColumn>(visits["age"]);
        Assert.IsType<DoubleDataFrameColumn>(visits["age_exact"]);
        Assert.Equal([45, 90, 45, 89, 30, 90], Enumerable.Range(0, 6).Select(t => (int)byTag[t]["age"]!));
        Assert.Equal([45.5, 90.0, 45.6, 89.99, 30.0, 90.0], Enumerable.Range(0, 6).Select(t => (double)byTag[t]["age_exact"]!));
        Assert.Equal(4, result.Report.Count(DeidentificationRule.CappedAge90OrOlder));
    }

    [Fact]
    public void A_birth_date_is_removed_when_the_patient_is_90_or_older_at_the_reference_date()
    {
        var people = ByTag(SafeHarbor.Deidentify([Visits(), People()], Options)["people"]);

        Assert.Null(people[11]["born"]);
        Assert.Equal(true, people[11]["born_90_or_older"]);
        Assert.NotNull(people[10]["born"]);
        Assert.Equal(false, people[10]["born_90_or_older"]);
        Assert.Null(people[12]["born_90_or_older"]);
    }

    [Fact]
    public void Age_is_taken_at_the_patients_latest_date_when_it_is_after_the_reference_date()
    {
        // Born 1935-06-01: 89 on the reference date 2025-01-01, but 90 at a visit on 2025-06-02.
        var visit = new DeidentificationTable(
            "visits",
            new DataFrame(new StringDataFrameColumn("id", ["A"]), new DateTimeDataFrameColumn("at", [Day(2025, 6, 2)])),
            new Dictionary<string, ColumnRole> { ["id"] = ColumnRole.PatientKey, ["at"] = ColumnRole.Date });
        var person = new DeidentificationTable(
            "people",
            new DataFrame(new StringDataFrameColumn("id", ["A"]), new DateTimeDataFrameColumn("born", [Day(1935, 6, 1)])),
            new Dictionary<string, ColumnRole> { ["id"] = ColumnRole.PatientKey, ["born"] = ColumnRole.BirthDate });

        Assert.Null(SafeHarbor.Deidentify([visit, person], Options)["people"]["born"][0]);
        Assert.NotNull(SafeHarbor.Deidentify([person], Options)["people"]["born"][0]);
    }

    [Fact]
    public void Restricted_zip_areas_become_000_and_codes_that_are_not_zip_codes_are_removed()
    {
        var people = ByTag(SafeHarbor.Deidentify([People()], Options)["people"]);

        Assert.Equal("000", people[10]["zip"]);
        Assert.Equal("000", people[11]["zip"]);
        Assert.Null(people[12]["zip"]);
    }

    [Fact]
    public void Without_a_patient_key_dates_can_be_generalised_to_the_year()
    {
        var table = new DeidentificationTable(
            "events",
            new DataFrame(new DateTimeDataFrameColumn("at", [Day(2023, 12, 31, 23), null])),
            new Dictionary<string, ColumnRole> { ["at"] = ColumnRole.Date });

        var result = SafeHarbor.Deidentify([table], Options with { Dates = DateHandling.GeneraliseToYear });

        Assert.Equal([2023, null], result["events"]["at"].Cast<int?>());
    }

    [Fact]
    public void A_frame_with_columns_but_no_rows_gives_an_empty_frame_and_zero_counts()
    {
        var empty = new DeidentificationTable(
            "empty",
            new DataFrame(new StringDataFrameColumn("id", 0), new DateTimeDataFrameColumn("at", 0)),
            new Dictionary<string, ColumnRole> { ["id"] = ColumnRole.PatientKey, ["at"] = ColumnRole.Date });

        var result = SafeHarbor.Deidentify([empty], Options);

        Assert.Equal(0, result["empty"].Rows.Count);
        Assert.Equal(["id", "at"], result["empty"].Columns.Select(c => c.Name));
        Assert.All(result.Report.Changes, c => Assert.Equal(0, c.Count));
    }

    [Fact]
    public void A_patient_key_that_is_a_number_is_replaced_too()
    {
        var table = new DeidentificationTable(
            "t",
            new DataFrame(new Int64DataFrameColumn("id", [123456789L, 123456789L]), new DateTimeDataFrameColumn("at", [Day(2020, 1, 1), Day(2020, 1, 2)])),
            new Dictionary<string, ColumnRole> { ["id"] = ColumnRole.PatientKey, ["at"] = ColumnRole.Date });

        var output = SafeHarbor.Deidentify([table], Options)["t"];

        Assert.Equal(["patient-001", "patient-001"], output["id"].Cast<string>());
        Assert.Equal(TimeSpan.FromDays(1), (DateTime)output["at"][1]! - (DateTime)output["at"][0]!);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_tables()
    {
        var first = SafeHarbor.Deidentify([Visits(), People()], Options);
        var second = SafeHarbor.Deidentify([Visits(), People()], Options);

        Assert.Equal(FrameText.Of(first["visits"]) + FrameText.Of(first["people"]), FrameText.Of(second["visits"]) + FrameText.Of(second["people"]));
    }

    [Fact]
    public void Asking_for_a_table_that_was_not_given_names_the_tables_there_are()
    {
        var result = SafeHarbor.Deidentify([People()], Options);

        var e = Assert.Throws<KeyNotFoundException>(() => result["visits"]);
        Assert.Equal("No de-identified table is named 'visits'; the tables are: people.", e.Message);
    }

    private static Dictionary<int, DataFrameRow> ByTag(DataFrame frame) =>
        frame.Rows.ToDictionary(r => (int)r["tag"]!);
}
