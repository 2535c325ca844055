using System.Text;
using MedTwin.Data.Csv;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Snapshots;

/// <summary>Parses a snapshot's (already hash-checked) bytes into a DataFrame with the declared column types.</summary>
internal static class SnapshotTableParser
{
    public static DataFrame Parse(ReadOnlySpan<byte> bytes, string filePath, string manifestPath, SnapshotManifest manifest)
    {
        var text = Decode(bytes, filePath);
        var loaders = manifest.Columns.Select(ColumnLoader.For).ToArray();
        var rows = 0;
        try
        {
            using var records = CsvRecordReader.Read(text).GetEnumerator();
            if (!records.MoveNext())
            {
                throw new SnapshotFormatException(filePath, 1, column: null, text: null, "the file is empty; expected a header row");
            }

            CheckHeader(records.Current, manifest, manifestPath);
            while (records.MoveNext())
            {
                AppendRecord(records.Current, manifest.Columns, loaders, filePath);
                rows++;
            }
        }
        catch (CsvSyntaxException e)
        {
            throw new SnapshotFormatException(filePath, e.Line, column: null, text: null, e.Message);
        }

        if (rows != manifest.Rows)
        {
            throw new SnapshotManifestException(manifestPath, $"declares {manifest.Rows} rows but '{filePath}' has {rows}.");
        }

        return new DataFrame(loaders.Select(loader => loader.Build()));
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string filePath)
    {
        if (InvalidUtf8.Find(bytes) is { } invalid)
        {
            throw new SnapshotFormatException(filePath, invalid.Line, column: null, text: null, invalid.Describe());
        }

        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static void CheckHeader(CsvRecord header, SnapshotManifest manifest, string manifestPath)
    {
        var declared = manifest.Columns.Select(c => c.Name).ToArray();
        if (!header.Fields.SequenceEqual(declared, StringComparer.Ordinal))
        {
            throw new SnapshotManifestException(
                manifestPath,
                $"declares columns [{string.Join(", ", declared)}] but the header of '{manifest.File}' is [{string.Join(", ", header.Fields)}].");
        }
    }

    private static void AppendRecord(CsvRecord record, IReadOnlyList<ColumnSpec> columns, ColumnLoader[] loaders, string filePath)
    {
        if (record.Fields.Count != columns.Count)
        {
            throw new SnapshotFormatException(
                filePath, record.Line, column: null, text: null, $"expected {columns.Count} fields, found {record.Fields.Count}");
        }

        for (var i = 0; i < loaders.Length; i++)
        {
            var problem = loaders[i].Append(record.Fields[i]);
            if (problem is not null)
            {
                throw new SnapshotFormatException(filePath, record.Line, columns[i].Name, record.Fields[i], problem);
            }
        }
    }
}
