namespace MedTwin.Physiology.Devices;

/// <summary>Whether a CGM reading lies inside the sensor's reporting range.</summary>
public enum CgmReadingStatus
{
    /// <summary>The reported value is the sensor's value (after quantisation).</summary>
    InRange,

    /// <summary>The sensor's value was below the reporting range; the reported value is the range's lower limit ("LO").</summary>
    BelowReportingRange,

    /// <summary>The sensor's value was above the reporting range; the reported value is the range's upper limit ("HI").</summary>
    AboveReportingRange,
}
