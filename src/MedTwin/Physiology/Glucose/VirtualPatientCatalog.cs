using System.Globalization;
using MedTwin.Data.Snapshots;
using Microsoft.Data.Analysis;

namespace MedTwin.Physiology.Glucose;

/// <summary>
/// The virtual patients of an opened <c>uva-padova-patients</c> snapshot, one per row, in the file's order, looked up
/// by name (e.g. <c>adult#001</c>). Parameters are data: every value comes from the snapshot, none from code.
/// </summary>
public sealed class VirtualPatientCatalog
{
    private const int StateCount = 13;
    private readonly Dictionary<string, VirtualPatient> byName;

    /// <summary>Reads every row of <paramref name="snapshot"/>.</summary>
    /// <exception cref="ArgumentException">A column the model needs is missing, or a value is not a finite number; the message names the column and row.</exception>
    public VirtualPatientCatalog(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var reader = new RowReader(snapshot);
        Patients = [.. Enumerable.Range(0, checked((int)snapshot.Data.Rows.Count)).Select(reader.Patient)];
        byName = Patients.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>Every patient, in the snapshot's row order.</summary>
    public IReadOnlyList<VirtualPatient> Patients { get; }

    /// <summary>The patients' names, in row order.</summary>
    public IEnumerable<string> Names => Patients.Select(p => p.Name);

    /// <summary>The patient named <paramref name="name"/> (ordinal, case-sensitive).</summary>
    /// <exception cref="KeyNotFoundException">No patient has that name; the message lists the known names.</exception>
    public VirtualPatient this[string name] =>
        byName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var patient)
            ? patient
            : throw new KeyNotFoundException($"No virtual patient is named '{name}'. Known names: {string.Join(", ", Names)}.");

    private sealed class RowReader(Snapshot snapshot)
    {
        private readonly DataFrame data = snapshot.Data;

        public VirtualPatient Patient(int row) => new()
        {
            Name = Text("Name", row),
            InitialState = [.. Enumerable.Range(1, StateCount).Select(i => Number(string.Create(CultureInfo.InvariantCulture, $"x0_{i,2}"), row))],
            BodyWeight = Number("BW", row),
            Gb = Number("Gb", row),
            Ib = Number("Ib", row),
            U2ss = Number("u2ss", row),
            Kabs = Number("kabs", row),
            Kmax = Number("kmax", row),
            Kmin = Number("kmin", row),
            B = Number("b", row),
            D = Number("d", row),
            F = Number("f", row),
            Vg = Number("Vg", row),
            Vi = Number("Vi", row),
            K1 = Number("k1", row),
            K2 = Number("k2", row),
            Vm0 = Number("Vm0", row),
            Vmx = Number("Vmx", row),
            Km0 = Number("Km0", row),
            P2u = Number("p2u", row),
            Fsnc = Number("Fsnc", row),
            Kp1 = Number("kp1", row),
            Kp2 = Number("kp2", row),
            Kp3 = Number("kp3", row),
            Ki = Number("ki", row),
            Ke1 = Number("ke1", row),
            Ke2 = Number("ke2", row),
            M1 = Number("m1", row),
            M2 = Number("m2", row),
            M30 = Number("m30", row),
            M4 = Number("m4", row),
            Kd = Number("kd", row),
            Ka1 = Number("ka1", row),
            Ka2 = Number("ka2", row),
            Ksc = Number("ksc", row),
        };

        private DataFrameColumn Column(string name) =>
            data.Columns.IndexOf(name) >= 0
                ? data.Columns[name]
                : throw new ArgumentException($"Snapshot '{snapshot.Name}' v{snapshot.Version} has no column '{name}', which the UVA/Padova model needs.");

        private string Text(string column, int row) =>
            Column(column)[row] as string is { Length: > 0 } text
                ? text
                : throw new ArgumentException($"Snapshot '{snapshot.Name}' v{snapshot.Version}, row {row + 1}, column '{column}': a patient name is needed.");

        private double Number(string column, int row)
        {
            var value = Column(column)[row];
            var number = value is null ? double.NaN : Convert.ToDouble(value, CultureInfo.InvariantCulture);
            return double.IsFinite(number)
                ? number
                : throw new ArgumentException($"Snapshot '{snapshot.Name}' v{snapshot.Version}, row {row + 1}, column '{column}': expected a finite number, found '{value}'.");
        }
    }
}
