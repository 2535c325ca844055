using Microsoft.Data.Sqlite;

namespace MedTwin.Cli.Tests;

/// <summary>Looks into a twin's event log while another process writes it, as an operator would.</summary>
internal static class TwinLogFile
{
    /// <summary>How many observations the log holds (0 while the writer has not yet created its schema).</summary>
    public static long Observations(string log)
    {
        using var connection = new SqliteConnection($"Data Source={log};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM events WHERE kind = 'Observation'";
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
