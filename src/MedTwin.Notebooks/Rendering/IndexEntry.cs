namespace MedTwin.Notebooks.Rendering;

/// <summary>One notebook's row in the reproduction index (<see cref="ReproduceIndexRenderer"/>).</summary>
/// <param name="NotebookPath">The notebook's path relative to the repository, e.g. "notebooks/glucose-twin.ipynb"; shown as text.</param>
/// <param name="HtmlPath">
/// Its page, relative to the index page and '/'-separated, e.g. "notebooks/glucose-twin.html". The renderer percent-encodes
/// each segment, so any file name makes a working link and none can become a link elsewhere.
/// </param>
/// <param name="CellCount">How many cells the notebook has.</param>
/// <param name="Result">The verdict as the caller words it: "identical", "differs (2 cells)", "failed", …</param>
/// <param name="Duration">How long the run took, as the caller words it, e.g. "4.2 s". Durations differ between runs: the index is
/// a report for people, not a verified output.</param>
public sealed record IndexEntry(string NotebookPath, string HtmlPath, int CellCount, string Result, string Duration);
