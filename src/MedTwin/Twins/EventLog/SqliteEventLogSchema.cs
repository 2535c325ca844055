using Microsoft.Data.Sqlite;

namespace MedTwin.Twins.EventLog;

/// <summary>
/// The layout of an event-log file: a MedTwin application id and a schema version in the SQLite header, and one table
/// of events. A new or empty file gets the layout; any other file is refused with an error naming it.
/// </summary>
internal static class SqliteEventLogSchema
{
    /// <summary>The version of the layout written by this library.</summary>
    public const int Version = 1;

    // "MTEL" (MedTwin event log): SQLite's header field for telling one application's files from another's.
    private const int ApplicationId = 0x4D54454C;

    private const string CreateTables = """
        CREATE TABLE events (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            patient TEXT NOT NULL,
            time TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX events_by_patient ON events (patient, sequence);
        CREATE INDEX events_by_kind ON events (kind);
        """;

    /// <summary>Creates the layout in a new file, or checks that an existing file has it.</summary>
    public static void CreateOrCheck(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        var applicationId = Scalar(connection, transaction, "PRAGMA application_id");
        var version = Scalar(connection, transaction, "PRAGMA user_version");
        var objects = Scalar(connection, transaction, "SELECT count(*) FROM sqlite_schema");

        if (applicationId == 0 && version == 0 && objects == 0)
        {
            Execute(connection, transaction, CreateTables + $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {Version};");
            transaction.Commit();
            return;
        }

        if (applicationId != ApplicationId)
        {
            throw new InvalidDataException(
                $"'{path}' is not a MedTwin event log: it is an SQLite database with application id {applicationId} and {objects} schema objects; expected application id {ApplicationId}.");
        }

        if (version != Version)
        {
            throw new InvalidDataException(
                $"The event log '{path}' has schema version {version}; this version of MedTwin reads schema version {Version}.");
        }
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
