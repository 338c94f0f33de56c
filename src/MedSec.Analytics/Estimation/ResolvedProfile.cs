using System.Text.Json.Serialization;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation;

/// <summary>
/// A profile with every model feature set: the user's values plus those filled in for omitted options. In JSON the
/// values are the codes of DESIGN.md (<c>private</c>, <c>11</c>, <c>clinique</c>…).
/// </summary>
public sealed record ResolvedProfile(
    [property: JsonIgnore] Sector Sector,
    [property: JsonIgnore] Region Region,
    decimal? ExperienceYears,
    [property: JsonIgnore] Specialty Specialty,
    [property: JsonIgnore] EmployerType Employer,
    [property: JsonIgnore] SizeBand Size,
    [property: JsonIgnore] ContractType Contract)
{
    [JsonPropertyName("sector")]
    public string SectorCode => CodeBook.Sectors.ToCode(Sector);

    [JsonPropertyName("region")]
    public string RegionCode => Region.Code;

    [JsonPropertyName("specialty")]
    public string SpecialtyCode => CodeBook.Specialties.ToCode(Specialty);

    [JsonPropertyName("employer")]
    public string EmployerCode => CodeBook.Employers.ToCode(Employer);

    [JsonPropertyName("size")]
    public string SizeCode => CodeBook.Sizes.ToCode(Size);

    [JsonPropertyName("contract")]
    public string ContractCode => CodeBook.Contracts.ToCode(Contract);
}
