namespace MedTwin.Data.Preparation;

/// <summary>How <see cref="Encode"/> turns a text category into numbers.</summary>
public enum EncodeMethod
{
    /// <summary>One 0/1 column <c>&lt;column&gt;_&lt;level&gt;</c> per level in place of the column; a missing value gives missing indicators.</summary>
    OneHot,

    /// <summary>The level's 0-based position in the level order, in place of the text.</summary>
    Ordinal,
}
