using System.Diagnostics.CodeAnalysis;

namespace MedTwin.Notebooks.Execution;

/// <summary>What every cell can call without a using: the members Polyglot Notebooks' C# kernel also offers.</summary>
public sealed class ScriptGlobals
{
    /// <summary>Shows <paramref name="value"/> as a display output of the running cell.</summary>
    [SuppressMessage("Style", "IDE1006", Justification = "The name notebooks already use in Polyglot Notebooks.")]
    [SuppressMessage("Naming", "CA1822", Justification = "Script globals must be instance members.")]
    public void display(object? value) => value.Display();
}
