namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// One row as the ML.NET pipeline sees it: the categorical features as their codes (<c>unknown</c> when an observation
/// lacks one), experience as a number (NaN when unknown), and the two training targets.
/// Public because ML.NET builds its schema from the type by reflection.
/// </summary>
public sealed class PayFeatureRow
{
    public string Sector { get; set; } = "";

    public string Employer { get; set; } = "";

    public string Size { get; set; } = "";

    public string Region { get; set; } = "";

    public string Specialty { get; set; } = "";

    public string Contract { get; set; } = "";

    public float Experience { get; set; }

    /// <summary>ln(monthly gross for 35 h): the target of the median model.</summary>
    public float Label { get; set; }

    /// <summary>|out-of-fold residual| of the median model: the target of the spread model.</summary>
    public float SpreadLabel { get; set; }
}
