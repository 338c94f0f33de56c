namespace MedSec.Analytics.Estimation.Model;

/// <summary>What the model chain returns for a row: the log median and the spread (scale of the log residual).</summary>
public sealed class PayModelOutput
{
    /// <summary>Predicted ln(monthly gross for 35 h), before interval calibration.</summary>
    public float LogMedian { get; set; }

    /// <summary>The spread model's score: the expected |log residual| of profiles like this one.</summary>
    public float Score { get; set; }
}
