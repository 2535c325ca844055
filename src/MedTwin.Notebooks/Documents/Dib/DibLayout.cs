using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents.Jupyter;

namespace MedTwin.Notebooks.Documents.Dib;

/// <summary>How a .dib file was laid out: line breaks, blank lines around each cell, and the JSON layout of its <c>#!meta</c> cell.</summary>
internal sealed class DibLayout
{
    public required string Newline { get; init; }

    public bool ByteOrderMark { get; init; }

    /// <summary>Empty lines before the first cell.</summary>
    public int LeadingBlankLines { get; init; }

    public DibCellLayout? Meta { get; init; }

    public JsonLayout? MetaJson { get; init; }

    /// <summary>The layout of each cell read, by the cell's JSON (cells added later have none and are written as Polyglot Notebooks writes them).</summary>
    public Dictionary<JsonObject, DibCellLayout> Cells { get; } = new(ReferenceEqualityComparer.Instance);
}
