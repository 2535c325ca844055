using Microsoft.Data.Analysis;

namespace MedTwin.Data.Fhir;

/// <summary>Reads the columns a pivot needs from an observations table, checking they are there with the right types.</summary>
internal static class PivotRows
{
    public static PivotRow[] Read(DataFrame observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var patient = Column<StringDataFrameColumn>(observations, FhirObservationColumns.Patient, "text");
        var time = Column<PrimitiveDataFrameColumn<DateTime>>(observations, FhirObservationColumns.Time, "date-time");
        var system = Column<StringDataFrameColumn>(observations, FhirObservationColumns.CodeSystem, "text");
        var code = Column<StringDataFrameColumn>(observations, FhirObservationColumns.Code, "text");
        var value = Column<PrimitiveDataFrameColumn<double>>(observations, FhirObservationColumns.Value, "real");
        var unit = Column<StringDataFrameColumn>(observations, FhirObservationColumns.Unit, "text");
        var rows = new PivotRow[observations.Rows.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new PivotRow(patient[i], time[i], new PivotKey(system[i], code[i], unit[i]), value[i]);
        }

        return rows;
    }

    private static T Column<T>(DataFrame observations, string name, string type)
        where T : DataFrameColumn
    {
        var index = observations.Columns.IndexOf(name);
        if (index < 0)
        {
            throw new ArgumentException(
                $"The observations table has no '{name}' column; expected the columns of {nameof(FhirImport)}.{nameof(FhirImport.Observations)}: {string.Join(", ", FhirObservationColumns.All)}.",
                nameof(observations));
        }

        return observations.Columns[index] as T
            ?? throw new ArgumentException($"The observations table's '{name}' column holds {observations.Columns[index].DataType.Name}; expected {type}.", nameof(observations));
    }
}
