namespace MedTwin.Data.Units;

/// <summary>A unit code is not one MedTwin understands. The message names the code, the character and the problem.</summary>
public sealed class UnitFormatException : FormatException
{
    private const int ShownLength = 64;

    internal UnitFormatException(string code, int position, string problem)
        : base(Describe(code, position, problem))
    {
        Code = code;
        Position = position;
        Problem = problem;
    }

    /// <summary>The code as given.</summary>
    public string Code { get; }

    /// <summary>The 1-based character where the problem is, or 0 when it concerns the whole code.</summary>
    public int Position { get; }

    /// <summary>What is wrong, without the code and position.</summary>
    public string Problem { get; }

    private static string Describe(string code, int position, string problem)
    {
        var shown = code.Length <= ShownLength ? code : $"{code[..ShownLength]}…";
        var end = problem.EndsWith('?') ? string.Empty : ".";
        return position > 0 ? $"Unit code '{shown}', character {position}: {problem}{end}" : $"Unit code '{shown}': {problem}{end}";
    }
}
