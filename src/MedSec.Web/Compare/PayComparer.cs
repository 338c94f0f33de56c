using MedSec.Analytics.Estimation;
using MedSec.Analytics.Pay;
using MedSec.Data.Geography;
using MedSec.Domain.Codes;

namespace MedSec.Web.Compare;

/// <summary>
/// "Comparer mon salaire": one profile estimated in the three sectors by the pay estimator, each quartile turned net by the
/// pay service, and the public grid equivalent from the pay service's career timeline. Computes no pay itself.
/// Throws <see cref="MedSecInputException"/> for a profile the services refuse (unknown postcode, experience out of range…).
/// </summary>
public sealed class PayComparer(IPayEstimator estimator, IPayService pay, FrenchGeography geography)
{
    /// <summary>The grade a medical secretary is recruited in by the hospital (assistant médico-administratif, 1er grade).</summary>
    public const GradeCode PublicGrade = GradeCode.AmaCn;

    /// <summary>The employer types each sector's market data hold (an employer is only passed to its own sectors).</summary>
    private static readonly Dictionary<Sector, EmployerType[]> SectorEmployers = new()
    {
        [Sector.Public] = [EmployerType.Hopital],
        [Sector.Private] = [EmployerType.Cabinet, EmployerType.Clinique, EmployerType.CentreSante, EmployerType.Ehpad, EmployerType.MedicoSocial],
        [Sector.Remote] = [EmployerType.Telesecretariat],
    };

    public ComparisonResult Compare(CompareRequest request, DateOnly date)
    {
        var place = Place(request);
        var experience = EstimateRequestParser.Experience(request.Experience.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var hours = EstimateRequestParser.WeeklyHours(request.WeeklyHours.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Sector? asked = string.IsNullOrWhiteSpace(request.Sector) ? null : PayRequestParser.Sector(request.Sector);
        Specialty? specialty = Optional(request.Specialty, CodeBook.Specialties, "spécialité");
        EmployerType? employer = Optional(request.Employer, CodeBook.Employers, "type d'employeur");

        var sectors = new List<SectorComparison>();
        foreach (var sector in Formatting.MarketLabels.Sectors)
        {
            var sectorEmployer = employer is { } e && SectorEmployers[sector].Contains(e) ? e : (EmployerType?)null;
            var estimate = estimator.Estimate(new PayProfile(
                sector, new Region(place.RegionCode), experience, specialty, sectorEmployer, WeeklyHours: hours, Date: date));
            var grossFull = new PayRange(estimate.P25, estimate.Median, estimate.P75);
            var grossHours = new PayRange(estimate.AtHours.P25, estimate.AtHours.Median, estimate.AtHours.P75);
            sectors.Add(new SectorComparison(sector, sector == asked, estimate, grossFull, Net(grossFull, sector, date), grossHours, Net(grossHours, sector, date)));
        }
        return new ComparisonResult(place, experience, hours, date, sectors, PublicGrid(experience, date));
    }

    /// <summary>The région of the postcode when one is given, else the région code.</summary>
    public ProfilePlace Place(CompareRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Postcode))
        {
            var postcode = PostcodeHint.Normalised(request.Postcode);
            return geography.TryFromPostcode(postcode, out var departement)
                ? new ProfilePlace(departement.Region.Code, departement.RegionName, postcode, $"{departement.Name} ({departement.Code})")
                : throw new MedSecInputException(PostcodeHint.Unknown(postcode), parameter: RequestParameters.Postcode);
        }
        var region = EstimateRequestParser.Region(request.Region);
        return new ProfilePlace(region.Code, CodeBook.RegionNames[region.Code], null, null);
    }

    private PayRange Net(PayRange gross, Sector sector, DateOnly date) => new(
        pay.Net(new NetQuery(gross.P25, sector, date)).Net,
        pay.Net(new NetQuery(gross.Median, sector, date)).Net,
        pay.Net(new NetQuery(gross.P75, sector, date)).Net);

    /// <summary>
    /// The échelon of <see cref="PublicGrade"/> reached after <paramref name="experience"/> whole years from échelon 1 on the
    /// grid in force at <paramref name="date"/> (the timeline runs forward from that date, so today's durations apply).
    /// </summary>
    private PublicGridEquivalent? PublicGrid(decimal experience, DateOnly date)
    {
        var years = (int)Math.Floor(experience);
        try
        {
            var career = pay.PublicCareer(new PublicCareerQuery(PublicGrade, date, Math.Max(years, 1)));
            var reached = date.AddYears(years);
            var step = career.Steps.Where(s => s.Date <= reached).MaxBy(s => s.Date) ?? career.Steps[0];
            return new PublicGridEquivalent(step.Grade, step.Echelon, pay.PublicPay(new PublicPayQuery(PublicGrade, step.Echelon, date)));
        }
        catch (MedSecInputException)
        {
            return null; // no grid at that date: the column shows the market estimate only
        }
    }

    private static T? Optional<T>(string? code, CodeMap<T> map, string name) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(code) ? null
        : map.TryParse(code, out var value) ? value
        : throw new MedSecInputException($"Code inconnu '{PayRequestParser.Shown(code)}' pour {name}.", InputErrorKind.UnknownCode);
}
