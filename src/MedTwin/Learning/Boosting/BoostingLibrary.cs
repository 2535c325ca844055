namespace MedTwin.Learning.Boosting;

/// <summary>Which ML.NET gradient-boosting implementation grows the trees.</summary>
public enum BoostingLibrary
{
    /// <summary>ML.NET's own FastTree (MART).</summary>
    FastTree,

    /// <summary>Microsoft's LightGBM native library through ML.NET, run in its deterministic mode.</summary>
    LightGbm,
}
