namespace MedTwin.Data.Units;

/// <summary>A UCUM metric prefix: a power of ten that only metric units take.</summary>
internal sealed record UcumPrefix(string Code, string Display, int Decade);
