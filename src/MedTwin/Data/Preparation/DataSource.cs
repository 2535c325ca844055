using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>One named source of a join, e.g. <c>ehr</c> or <c>registry</c>.</summary>
/// <param name="Name">The name conflict rules and <c>_source</c> columns use.</param>
/// <param name="Data">The source's rows, one per patient key.</param>
public sealed record DataSource(string Name, DataFrame Data);
