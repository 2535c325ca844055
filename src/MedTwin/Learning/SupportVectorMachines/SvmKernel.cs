namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>The kernel a support vector machine compares rows with.</summary>
public enum SvmKernel
{
    /// <summary>The dot product, K(x, z) = x·z: a separating hyperplane in the features themselves.</summary>
    Linear,

    /// <summary>The radial basis function, K(x, z) = exp(−γ‖x − z‖²).</summary>
    Rbf,
}
