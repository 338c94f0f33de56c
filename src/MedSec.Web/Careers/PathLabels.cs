using MedSec.Domain.Careers;

namespace MedSec.Web.Careers;

/// <summary>How a path is shown on the dashboard (its title and roles: <see cref="MedSec.Analytics.Careers.PathNames"/>).</summary>
public static class PathLabels
{
    /// <summary>True for the path that makes no move.</summary>
    public static bool IsStay(CareerPath path) => path.Moves.Count == 0;

    /// <summary>"13,9 %".</summary>
    public static string Probability(decimal probability) =>
        (probability * 100).ToString(probability < 0.01m ? "0.00" : "0.0", Formatting.FrenchFormat.Culture) + "\u00a0%";
}
