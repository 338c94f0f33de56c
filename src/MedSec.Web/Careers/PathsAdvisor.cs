using MedSec.Analytics.Careers;
using MedSec.Domain.Careers;
using MedSec.Web.Compare;

namespace MedSec.Web.Careers;

/// <summary>
/// Runs the career-paths service for the page and the print view: the postcode (if any) gives the région, the strings go
/// through the service's own request parser, as in the API. Throws <see cref="MedSecInputException"/> for refused input.
/// The service is asked for only when a question comes (creating it trains the transition model); the catalogue is enough
/// to draw the form.
/// </summary>
public sealed class PathsAdvisor(Func<ICareerPathService> careerService, CareerCatalog catalog, PayComparer places)
{
    public CareerCatalog Catalog => catalog;

    public PathsOutcome Advise(PathsRequest request, DateOnly start)
    {
        var place = places.Place(new CompareRequest { Region = request.Region, Postcode = request.Postcode });
        var query = PathsRequestParser.Paths(
            place.RegionCode, request.Experience.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Role, null,
            request.Specialty, request.Years.ToString(System.Globalization.CultureInfo.InvariantCulture), today: start);
        var careers = careerService();
        return new PathsOutcome(place, careers.Paths(query), careers.MarketPay.IsProvisional);
    }
}

/// <summary>The ranked paths and where they were computed for.</summary>
/// <param name="ProvisionalMarketPay">True while private and remote pay come from the paths service's provisional rule.</param>
public sealed record PathsOutcome(ProfilePlace Place, PathsResult Result, bool ProvisionalMarketPay);
