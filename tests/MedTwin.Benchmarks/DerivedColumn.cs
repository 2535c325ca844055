using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MedTwin.Benchmarks;

/// <summary>A custom summary column computed from the measured statistics; subclasses say what and how.</summary>
internal abstract class DerivedColumn(string name, UnitType unitType, string legend) : IColumn
{
    public string Id => GetType().Name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => unitType;

    public string Legend => legend;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);
}
