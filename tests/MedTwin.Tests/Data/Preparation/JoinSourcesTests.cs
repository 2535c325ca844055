using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class JoinSourcesTests
{
    private static DataSource Ehr() => new(
        "ehr",
        Of(Texts("patient", "P1", "P2"), Numbers("weight", 80, 70), Texts("recorded", "2024-01-10", "2024-03-01"), Texts("smoker", "no", null)));

    private static DataSource Registry() => new(
        "registry",
        Of(Texts("patient", "P2", "P3", "P1"), Integers("weight", 72, 65, 80), Texts("recorded", "2024-02-01", "2024-02-02", "2023-12-31")));

    private static readonly ConflictRule RecordedFromEhr = new() { Column = "recorded", Resolution = ConflictResolution.PreferSource, Sources = ["ehr"] };

    private static JoinSources Join(params ConflictRule[] rules) => new() { Key = "patient", Rules = rules };

    [Fact]
    public void Disagreeing_sources_without_a_rule_are_an_error_naming_key_column_and_both_values()
    {
        var ehr = Ehr();
        var before = Text(ehr.Data);

        var error = Assert.Throws<PreparationException>(() => Join().Join([ehr, Registry()]));

        Assert.Equal(("P2", "weight"), (error.Key, error.Column));
        Assert.Equal(
            "Step 'joinSources', key 'P2', column 'weight': contradictory sources: 'ehr' has 70 but 'registry' has 72; declare a conflict rule for the column (preferSource, latest or mean) or correct a source.",
            error.Message);
        Assert.Equal(before, Text(ehr.Data));
    }

    [Fact]
    public void Preferring_a_source_takes_its_value_and_records_where_each_value_came_from()
    {
        var rule = new ConflictRule { Column = "weight", Resolution = ConflictResolution.PreferSource, Sources = ["registry"] };

        var result = Join(rule, RecordedFromEhr).Join([Ehr(), Registry()]);

        Assert.Equal(
            ["patient", "weight", "weight_source", "recorded", "recorded_source", "smoker", "smoker_source"],
            result.Data.Columns.Select(c => c.Name));
        Assert.Equal(["P1", "P2", "P3"], Values(result.Data, "patient"));
        Assert.Equal([80.0, 72.0, 65.0], Values(result.Data, "weight"));
        Assert.Equal(["ehr+registry", "registry", "registry"], Values(result.Data, "weight_source"));
        Assert.Equal(["no", null, null], Values(result.Data, "smoker"));
        Assert.Equal(["ehr", null, null], Values(result.Data, "smoker_source"));
        Assert.Equal(["2024-01-10", "2024-03-01", "2024-02-02"], Values(result.Data, "recorded"));
        Assert.Equal(
            [
                new CellChange(1, 1, "weight", "ehr: 70; registry: 72", "72"),
                new CellChange(1, 0, "recorded", "ehr: 2024-01-10; registry: 2023-12-31", "2024-01-10"),
                new CellChange(1, 1, "recorded", "ehr: 2024-03-01; registry: 2024-02-01", "2024-03-01"),
            ],
            result.Report.Changes);
        Assert.Equal(3, result.Report[1].CellsChanged);
    }

    [Fact]
    public void Latest_takes_the_value_with_the_latest_time()
    {
        var rule = new ConflictRule { Column = "weight", Resolution = ConflictResolution.Latest, TimeColumn = "recorded" };

        var result = Join(rule).Join([Ehr(), Registry()]);

        Assert.Equal(["patient", "weight", "weight_source", "smoker", "smoker_source"], result.Data.Columns.Select(c => c.Name));
        Assert.Equal(["recorded"], result.Report[1].ColumnsRemoved);
        Assert.Equal([80.0, 70.0, 65.0], Values(result.Data, "weight"));
        Assert.Equal(["ehr+registry", "ehr", "registry"], Values(result.Data, "weight_source"));
    }

    [Fact]
    public void Mean_averages_the_disagreeing_values()
    {
        var result = Join(new ConflictRule { Column = "weight", Resolution = ConflictResolution.Mean }, RecordedFromEhr).Join([Ehr(), Registry()]);

        Assert.Equal(71.0, result.Data["weight"][1]);
        Assert.Equal("mean(ehr+registry)", result.Data["weight_source"][1]);
    }

    [Fact]
    public void Latest_with_equal_times_and_different_values_is_an_error()
    {
        var a = new DataSource("a", Of(Integers("id", 1), Numbers("x", 1), Numbers("day", 3)));
        var b = new DataSource("b", Of(Integers("id", 1), Numbers("x", 2), Numbers("day", 3)));
        var rule = new ConflictRule { Column = "x", Resolution = ConflictResolution.Latest, TimeColumn = "day" };

        var error = Assert.Throws<PreparationException>(() => new JoinSources { Key = "id", Rules = [rule] }.Join([a, b]));

        Assert.Equal(("1", "x"), (error.Key, error.Column));
        Assert.Contains("a: 1; b: 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_repeated_within_a_source_or_missing_from_one_is_an_error()
    {
        var repeated = new DataSource("a", Of(Texts("id", "x", "x"), Numbers("v", 1, 2)));
        var keyless = new DataSource("b", Of(Texts("other", "x")));

        Assert.Contains("has the key in rows 0 and 1", Assert.Throws<PreparationException>(() => new JoinSources { Key = "id" }.Join([repeated])).Message, StringComparison.Ordinal);
        Assert.Equal("id", Assert.Throws<PreparationException>(() => new JoinSources { Key = "id" }.Join([keyless])).Column);
    }

    [Fact]
    public void Sources_that_disagree_on_a_column_s_type_are_an_error()
    {
        var a = new DataSource("a", Of(Texts("id", "x"), Numbers("v", 1)));
        var b = new DataSource("b", Of(Texts("id", "x"), Texts("v", "1")));

        var error = Assert.Throws<PreparationException>(() => new JoinSources { Key = "id" }.Join([a, b]));

        Assert.Contains("numeric (Double) in 'a', text (String) in 'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_missing_their_parameters_are_errors()
    {
        Assert.Throws<PreparationException>(() => Join(new ConflictRule { Column = "weight", Resolution = ConflictResolution.PreferSource }).Join([Ehr()]));
        Assert.Throws<PreparationException>(() => Join(new ConflictRule { Column = "weight", Resolution = ConflictResolution.Latest }).Join([Ehr()]));
        Assert.Throws<PreparationException>(() => Join(new ConflictRule { Column = "weight", Resolution = ConflictResolution.PreferSource, Sources = ["lab"] }).Join([Ehr()]));
    }

    [Fact]
    public void A_join_declaration_round_trips_through_json()
    {
        var join = Join(new ConflictRule { Column = "weight", Resolution = ConflictResolution.PreferSource, Sources = ["registry", "ehr"] }, RecordedFromEhr);

        var json = join.ToJson();

        Assert.Equal(json, JoinSources.FromJson(json).ToJson());
        Assert.Contains("\"resolution\": \"preferSource\"", json, StringComparison.Ordinal);
    }
}
