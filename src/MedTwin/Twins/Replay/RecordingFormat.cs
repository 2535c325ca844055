namespace MedTwin.Twins.Replay;

/// <summary>How a recorded observation stream is written: one observation a line, either way.</summary>
public enum RecordingFormat
{
    /// <summary>CSV (RFC 4180) with the header <c>patient,code,value,unit,time,device,seq</c>; extension <c>.csv</c>.</summary>
    Csv,

    /// <summary>JSON lines, one wire observation (<see cref="Messages.TwinJson"/>) a line; extension <c>.jsonl</c>.</summary>
    JsonLines,
}
