using MedSec.Analytics.Careers;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Web.Compare;

namespace MedSec.Web.Careers;

/// <summary>
/// Runs the career-paths service for the page and the print view: the postcode (if any) gives the région, the strings go
/// through the service's own request parser, as in the API. Throws <see cref="MedSecInputException"/> for refused input.
/// </summary>
public sealed class PathsAdvisor(ICareerPathService careers, PayComparer places)
{
    public CareerCatalog Catalog => careers.Catalog;

    public PathsOutcome Advise(PathsRequest request, DateOnly start)
    {
        var place = places.Place(new CompareRequest { Region = request.Region, Postcode = request.Postcode });
        var query = PathsRequestParser.Paths(
            place.RegionCode, request.Experience.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Role, null,
            request.Specialty, request.Years.ToString(System.Globalization.CultureInfo.InvariantCulture), today: start);
        return new PathsOutcome(place, careers.Paths(query), careers.MarketPay.IsProvisional);
    }

    /// <summary>The French label of a role code (careers.csv), the code itself if unknown.</summary>
    public string RoleLabel(string code) =>
        CodeBook.Roles.TryParse(code, out var role) ? careers.Catalog.Role(role).Label : code;
}

/// <summary>The ranked paths and where they were computed for.</summary>
/// <param name="ProvisionalMarketPay">True while private and remote pay come from the paths service's provisional rule.</param>
public sealed record PathsOutcome(ProfilePlace Place, PathsResult Result, bool ProvisionalMarketPay);
