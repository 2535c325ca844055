using MedTwin.Data.Deidentification;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Deidentification;

/// <summary>Bad input is refused before anything is done, with a message naming the table and column.</summary>
public sealed class DeidentificationInputTests
{
    private static readonly DeidentificationOptions Options = new() { Seed = 1, AgeReferenceDate = new DateTime(2025, 1, 1) };

    private static DataFrame Frame() => new(
        new StringDataFrameColumn("id", ["a", "b"]),
        new DateTimeDataFrameColumn("at", [new DateTime(2024, 1, 1), null]),
        new StringDataFrameColumn("nickname", ["Al", "Bea"]));

    private static Dictionary<string, ColumnRole> Roles() => new()
    {
        ["id"] = ColumnRole.PatientKey,
        ["at"] = ColumnRole.Date,
        ["nickname"] = ColumnRole.Identifier,
    };

    private static ArgumentException Refused(DeidentificationTable table, DeidentificationOptions? options = null) =>
        Assert.ThrowsAny<ArgumentException>(() => SafeHarbor.Deidentify([table], options ?? Options));

    [Fact]
    public void A_column_without_a_role_is_refused()
    {
        var roles = Roles();
        roles.Remove("nickname");

        var e = Refused(new("t", Frame(), roles));

        Assert.StartsWith("Table 't' column 'nickname' has no declared role; declare one of PatientKey, Identifier, Date, BirthDate, Age, PostalCode, Keep", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_that_is_not_a_column_role_is_refused()
    {
        var roles = Roles();
        roles["nickname"] = (ColumnRole)42;

        var e = Refused(new("t", Frame(), roles));

        Assert.StartsWith("Table 't' column 'nickname' has role 42, which is not a ColumnRole", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_for_a_column_the_table_does_not_have_is_refused()
    {
        var roles = Roles();
        roles["surname"] = ColumnRole.Identifier;

        var e = Refused(new("t", Frame(), roles));

        Assert.StartsWith("Table 't' declares a role for 'surname', which is not one of its columns: id, at, nickname.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_without_columns_is_refused()
    {
        var e = Refused(new("t", new DataFrame(), new Dictionary<string, ColumnRole>()));

        Assert.StartsWith("Table 't' has no columns.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_tables_at_all_is_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => SafeHarbor.Deidentify([], Options));
    }

    [Fact]
    public void Null_dates_are_kept_missing_not_refused()
    {
        var output = SafeHarbor.Deidentify([new("t", Frame(), Roles())], Options)["t"];

        Assert.Equal(1, output["at"].NullCount);
    }

    [Theory]
    [InlineData(ColumnRole.Date, "needs date-times (a DateTime column); it holds String")]
    [InlineData(ColumnRole.BirthDate, "needs date-times (a DateTime column); it holds String")]
    [InlineData(ColumnRole.Age, "needs numbers; it holds String")]
    public void A_column_of_the_wrong_type_for_its_role_is_refused(ColumnRole role, string problem)
    {
        var roles = Roles();
        roles["nickname"] = role;

        var e = Refused(new("t", Frame(), roles));

        Assert.StartsWith($"Table 't' column 'nickname' has role {role}, which {problem}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postal_code_column_must_hold_text()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("zip", [2139]));

        var e = Refused(new("t", frame, new Dictionary<string, ColumnRole> { ["zip"] = ColumnRole.PostalCode }));

        Assert.Contains("needs text (a string column); it holds Int32", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shifting_dates_needs_a_patient_key_column()
    {
        var roles = Roles();
        roles["id"] = ColumnRole.Identifier;

        var e = Refused(new("t", Frame(), roles));

        Assert.StartsWith("Table 't' has date columns but no PatientKey column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_patient_key_columns_are_refused()
    {
        var roles = Roles();
        roles["nickname"] = ColumnRole.PatientKey;

        Assert.StartsWith("Table 't' declares 2 PatientKey columns", Refused(new("t", Frame(), roles)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_birth_date_needs_an_age_reference_date()
    {
        var roles = Roles();
        roles["at"] = ColumnRole.BirthDate;

        var e = Refused(new("t", Frame(), roles), Options with { AgeReferenceDate = null });

        Assert.Contains("set AgeReferenceDate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flag_column_of_a_birth_date_must_not_clash_with_an_existing_column()
    {
        var frame = Frame();
        frame.Columns.Add(new BooleanDataFrameColumn("at_90_or_older", 2));
        var roles = Roles();
        roles["at"] = ColumnRole.BirthDate;
        roles["at_90_or_older"] = ColumnRole.Keep;

        Assert.Contains("already has a column 'at_90_or_older'", Refused(new("t", frame, roles)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(DeidentificationOptions.MaxShiftDaysLimit + 1)]
    public void A_shift_range_outside_1_to_100_years_is_refused(int maxShiftDays)
    {
        var e = Refused(new("t", Frame(), Roles()), Options with { MaxShiftDays = maxShiftDays });

        Assert.StartsWith($"MaxShiftDays is {maxShiftDays}; expected 1 to 36525 days.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_tables_with_one_name_are_refused()
    {
        var table = new DeidentificationTable("t", Frame(), Roles());

        Assert.ThrowsAny<ArgumentException>(() => SafeHarbor.Deidentify([table, table], Options));
    }

    [Fact]
    public void A_date_that_would_shift_off_the_calendar_is_refused_naming_the_row()
    {
        var frame = new DataFrame(new StringDataFrameColumn("id", ["a"]), new DateTimeDataFrameColumn("at", [DateTime.MinValue]));
        var roles = new Dictionary<string, ColumnRole> { ["id"] = ColumnRole.PatientKey, ["at"] = ColumnRole.Date };

        // Seed 1 shifts patient "a" earlier or later; try both directions' worth of seeds until one goes below the calendar.
        var refused = Enumerable.Range(0, 20).Select(seed => Record.Exception(() => SafeHarbor.Deidentify([new("t", frame, roles)], Options with { Seed = seed })))
            .OfType<ArgumentException>().First();

        Assert.StartsWith("Table 't' column 'at' row 0: the date 0001-01-01T00:00:00.0000000 cannot be shifted within the calendar.", refused.Message, StringComparison.Ordinal);
    }
}
