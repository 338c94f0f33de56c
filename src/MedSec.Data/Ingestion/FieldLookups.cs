using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>The cached value lookups of one reader, one per coded column.</summary>
internal sealed class FieldLookups(string defaultSource)
{
    public readonly string DefaultSource = defaultSource;
    public readonly Utf8Lookup<Sector> Sectors = Utf8Lookup<Sector>.From(ValueAliases.Sectors);
    public readonly Utf8Lookup<EmployerType> Employers = Utf8Lookup<EmployerType>.From(ValueAliases.Employers);
    public readonly Utf8Lookup<SizeBand> Sizes = Utf8Lookup<SizeBand>.From(ValueAliases.Sizes);
    public readonly Utf8Lookup<byte> Regions = Utf8Lookup<byte>.OfText(text =>
        ValueAliases.Regions.TryGetValue(TextKey.Of(text), out var region) ? (true, RegionIndex.Of(region)) : (false, (byte)0));
    public readonly Utf8Lookup<string> Departements = Utf8Lookup<string>.OfText(Departement.Resolve);
    public readonly Utf8Lookup<Specialty> Specialties = Utf8Lookup<Specialty>.From(ValueAliases.Specialties);
    public readonly Utf8Lookup<GradeCode> Grades = Utf8Lookup<GradeCode>.From(ValueAliases.Grades);
    public readonly Utf8Lookup<ContractType> Contracts = Utf8Lookup<ContractType>.From(ValueAliases.Contracts);
    public readonly Utf8Lookup<PayBasis> Bases = Utf8Lookup<PayBasis>.From(ValueAliases.Bases);
    public readonly Utf8Lookup<PayKind> Kinds = Utf8Lookup<PayKind>.From(ValueAliases.Kinds);
    public readonly Utf8Lookup<Gender> Genders = Utf8Lookup<Gender>.From(ValueAliases.Genders);
    public readonly Utf8Lookup<bool> Booleans = Utf8Lookup<bool>.From(ValueAliases.Booleans);

    /// <summary>Free-text columns (source, job title) repeat few values: each distinct text is decoded once.</summary>
    public readonly Utf8Lookup<string> Sources = Utf8Lookup<string>.OfText(text => (true, text));
    public readonly Utf8Lookup<string> JobTitles = Utf8Lookup<string>.OfText(text => (true, text), slots: 2048);

}
