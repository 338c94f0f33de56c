namespace MedSec.Web.Compare;

/// <summary>
/// The job seeker's profile as the "Comparer mon salaire" form holds it: codes as strings (as in the API), a région or a
/// postcode, years of experience and weekly hours. Optional values left null are filled in by the estimator.
/// </summary>
public sealed class CompareRequest
{
    /// <summary>The sector the person asks about (<c>public</c>, <c>private</c>, <c>remote</c>), or null for no preference.</summary>
    public string? Sector { get; set; }

    /// <summary>INSEE région code; ignored when <see cref="Postcode"/> is given.</summary>
    public string? Region { get; set; } = "84";

    /// <summary>A French postcode (code postal), which gives the région.</summary>
    public string? Postcode { get; set; }

    public decimal Experience { get; set; } = 4m;

    public string? Specialty { get; set; }

    public string? Employer { get; set; }

    public decimal WeeklyHours { get; set; } = 35m;
}
