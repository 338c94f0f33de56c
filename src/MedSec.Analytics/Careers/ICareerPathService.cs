using MedSec.Domain.Careers;

namespace MedSec.Analytics.Careers;

/// <summary>
/// Career paths (issue 6): from a starting profile, every path of careers.csv's moves over a horizon, year by year, ranked
/// by expected cumulative net. The CLI (<c>medsec paths</c>), <c>GET /api/paths</c> and notebook 04 all call this.
/// Throws <see cref="MedSec.Domain.MedSecInputException"/> for a question it cannot answer.
/// </summary>
public interface ICareerPathService
{
    PathsResult Paths(PathsQuery query);

    /// <summary>Roles, moves, training routes and parameters (careers.csv).</summary>
    CareerCatalog Catalog { get; }

    /// <summary>The transition model in use (counting baseline or ML.NET).</summary>
    ITransitionModel Transitions { get; }

    /// <summary>How the transition model was chosen: baseline and ML.NET log-loss on held-out histories.</summary>
    TransitionModelReport TransitionReport { get; }

    /// <summary>Where private and remote pay come from.</summary>
    IMarketPay MarketPay { get; }
}
