using MedSec.Analytics.Estimation;
using MedSec.Analytics.Pay;
using MedSec.Data.Frames;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Market;

/// <summary>
/// Turns the dashboard's and the API's strings into a <see cref="MarketQuery"/>, with the messages and error kinds of
/// <see cref="PayRequestParser"/>. <c>groupBy</c> is a comma-separated list of <see cref="MarketDimensions"/> names.
/// </summary>
public static class MarketRequestParser
{
    public static MarketQuery Query(
        string? sector = null, string? region = null, string? employer = null, string? size = null, string? specialty = null,
        string? contract = null, string? minExperience = null, string? maxExperience = null, string? groupBy = null, string? k = null)
    {
        var filter = new ObservationFilter(
            Sector: Blank(sector) ? null : PayRequestParser.Sector(sector),
            Region: Blank(region) ? null : EstimateRequestParser.Region(region),
            Employer: Code(employer, CodeBook.Employers, "employer"),
            Size: Code(size, CodeBook.Sizes, "size"),
            Specialty: Code(specialty, CodeBook.Specialties, "specialty"),
            Contract: Code(contract, CodeBook.Contracts, "contract"),
            MinExperience: Blank(minExperience) ? null : EstimateRequestParser.Experience(minExperience),
            MaxExperience: Blank(maxExperience) ? null : EstimateRequestParser.Experience(maxExperience));
        var dims = Blank(groupBy)
            ? []
            : groupBy!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(MarketDimensions.Parse).Distinct().ToList();
        var threshold = Blank(k) ? PercentileQuery.DefaultK : PayRequestParser.Integer(k, "k");
        if (threshold < PercentileQuery.DefaultK)
            throw new MedSecInputException(
                $"k = {threshold} : le seuil d'anonymat est d'au moins {PercentileQuery.DefaultK} observations.", InputErrorKind.OutOfRange);
        return new MarketQuery(filter, dims, threshold);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static T? Code<T>(string? code, CodeMap<T> map, string name) where T : struct, Enum
    {
        if (Blank(code)) return null;
        return map.TryParse(code, out var value)
            ? value
            : throw new MedSecInputException($"Code inconnu '{PayRequestParser.Shown(code)}' pour {name} (codes valides : {string.Join(", ", map.AllCodes)}).",
                InputErrorKind.UnknownCode);
    }
}
