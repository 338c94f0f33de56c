using MedSec.Data.Geography;

namespace MedSec.Data.Ingestion;

/// <summary>The cached value lookups of one reader, one per coded column (coded columns give the enum's number).</summary>
internal sealed class FieldLookups(string defaultSource, FrenchGeography? geography)
{
    public readonly string DefaultSource = defaultSource;
    public readonly Utf8Lookup<int> Sectors = Utf8Lookup<int>.From(ValueAliases.Sectors.Numbers);
    public readonly Utf8Lookup<int> Employers = Utf8Lookup<int>.From(ValueAliases.Employers.Numbers);
    public readonly Utf8Lookup<int> Sizes = Utf8Lookup<int>.From(ValueAliases.Sizes.Numbers);
    public readonly Utf8Lookup<byte> Regions = Utf8Lookup<byte>.OfText(text =>
        ValueAliases.Regions.TryGetValue(TextKey.Of(text), out var region) ? (true, RegionIndex.Of(region)) : (false, (byte)0));
    public readonly Utf8Lookup<Departement.Resolved> Departements = Utf8Lookup<Departement.Resolved>.OfText(text => Departement.Resolve(text, geography));
    public readonly Utf8Lookup<int> Specialties = Utf8Lookup<int>.From(ValueAliases.Specialties.Numbers);
    public readonly Utf8Lookup<int> Grades = Utf8Lookup<int>.From(ValueAliases.Grades.Numbers);
    public readonly Utf8Lookup<int> Contracts = Utf8Lookup<int>.From(ValueAliases.Contracts.Numbers);
    public readonly Utf8Lookup<int> Bases = Utf8Lookup<int>.From(ValueAliases.Bases.Numbers);
    public readonly Utf8Lookup<int> Kinds = Utf8Lookup<int>.From(ValueAliases.Kinds.Numbers);
    public readonly Utf8Lookup<int> Genders = Utf8Lookup<int>.From(ValueAliases.Genders.Numbers);
    public readonly Utf8Lookup<int> Booleans = Utf8Lookup<int>.From(ValueAliases.Booleans.Numbers);

    /// <summary>Free-text columns (source, job title) repeat few values: each distinct text is decoded once.</summary>
    public readonly Utf8Lookup<string> Sources = Utf8Lookup<string>.OfText(text => (true, text));
    public readonly Utf8Lookup<string> JobTitles = Utf8Lookup<string>.OfText(text => (true, text), slots: 2048);
}
