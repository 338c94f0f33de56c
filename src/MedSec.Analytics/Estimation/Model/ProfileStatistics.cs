using System.Collections.Frozen;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// Look-ups over <see cref="ProfileCounts"/>: the n of a profile's cell, the values to fill in for omitted options, and
/// how often each value of a feature occurs in a sector (the weights of the explanations' reference profile).
/// </summary>
internal sealed class ProfileStatistics
{
    private readonly IReadOnlyList<ComboCount> _combos;
    private readonly FrozenDictionary<(string, string, string, string), int> _cells;
    private readonly FrozenDictionary<(string Sector, ProfileFeature Feature), IReadOnlyList<(string Code, double Weight)>> _weights;

    public ProfileStatistics(ProfileCounts counts)
    {
        _combos = counts.Combos;
        _cells = counts.Cells.ToFrozenDictionary(c => (c.Sector, c.Region, c.Employer, c.ExperienceBand), c => c.Count);
        _weights = BuildWeights(counts);
    }

    /// <summary>Observations in the profile's cell (sector × region × employer × experience band).</summary>
    public int CellCount(ResolvedProfile p) =>
        CellCount(CodeBook.Sectors.ToCode(p.Sector), p.Region.Code, CodeBook.Employers.ToCode(p.Employer), ExperienceBands.Label(p.ExperienceYears));

    /// <summary>Observations in a cell given by its codes (<c>unknown</c> allowed).</summary>
    public int CellCount(string sector, string region, string employer, string experienceBand) =>
        _cells.GetValueOrDefault((sector, region, employer, experienceBand));

    /// <summary>Observations of a sector.</summary>
    public int SectorCount(Sector sector)
    {
        var code = CodeBook.Sectors.ToCode(sector);
        return _combos.Where(c => c.Sector == code).Sum(c => c.Count);
    }

    /// <summary>How often each known value of <paramref name="feature"/> occurs in <paramref name="sector"/> (shares summing to 1).</summary>
    public IReadOnlyList<(string Code, double Weight)> Weights(Sector sector, ProfileFeature feature) =>
        _weights.GetValueOrDefault((CodeBook.Sectors.ToCode(sector), feature)) ?? [];

    /// <summary>
    /// Fills in the omitted options, one after the other (employer, size, specialty, contract), each with its most
    /// frequent value among the observations that share the sector and the values already known; when no observation
    /// shares them all, among the sector's. Ties go to the first code in DESIGN.md order.
    /// </summary>
    public (ResolvedProfile Profile, IReadOnlyDictionary<string, string> Assumed) Resolve(PayProfile p)
    {
        var sector = CodeBook.Sectors.ToCode(p.Sector);
        if (SectorCount(p.Sector) == 0)
            throw new MedSecInputException($"Aucune observation du secteur {sector} : le modèle ne peut pas estimer ce profil.");
        var known = new Dictionary<ProfileFeature, string>();
        if (p.Employer is { } e) known[ProfileFeature.Employer] = CodeBook.Employers.ToCode(e);
        if (p.Size is { } s) known[ProfileFeature.Size] = CodeBook.Sizes.ToCode(s);
        if (p.Specialty is { } sp) known[ProfileFeature.Specialty] = CodeBook.Specialties.ToCode(sp);
        if (p.Contract is { } c) known[ProfileFeature.Contract] = CodeBook.Contracts.ToCode(c);

        var assumed = new Dictionary<string, string>();
        foreach (var feature in (ProfileFeature[])[ProfileFeature.Employer, ProfileFeature.Size, ProfileFeature.Specialty, ProfileFeature.Contract])
        {
            if (known.ContainsKey(feature)) continue;
            var value = MostFrequent(sector, feature, known) ?? MostFrequent(sector, feature, []) ?? FirstCode(feature);
            known[feature] = value;
            assumed[ProfileFeatures.OptionName(feature)] = value;
        }

        CodeBook.Employers.TryParse(known[ProfileFeature.Employer], out var employer);
        CodeBook.Sizes.TryParse(known[ProfileFeature.Size], out var size);
        CodeBook.Specialties.TryParse(known[ProfileFeature.Specialty], out var specialty);
        CodeBook.Contracts.TryParse(known[ProfileFeature.Contract], out var contract);
        return (new ResolvedProfile(p.Sector, p.Region, p.ExperienceYears, specialty, employer, size, contract), assumed);
    }

    /// <summary>Whether any observation of the sector has this value of the feature.</summary>
    public bool Seen(Sector sector, ProfileFeature feature, string code) =>
        Weights(sector, feature).Any(w => w.Code == code);

    private string? MostFrequent(string sector, ProfileFeature feature, Dictionary<ProfileFeature, string> known)
    {
        var totals = new Dictionary<string, int>();
        foreach (var combo in _combos)
        {
            if (combo.Sector != sector || !Matches(combo, known)) continue;
            var value = ProfileFeatures.Value(combo, feature);
            if (value == FeatureEncoding.Unknown) continue;
            totals[value] = totals.GetValueOrDefault(value) + combo.Count;
        }
        if (totals.Count == 0) return null;
        var order = ProfileFeatures.Codes(feature).ToList();
        return totals.OrderByDescending(t => t.Value).ThenBy(t => order.IndexOf(t.Key)).First().Key;
    }

    private static bool Matches(ComboCount combo, Dictionary<ProfileFeature, string> known)
    {
        foreach (var (feature, code) in known)
            if (ProfileFeatures.Value(combo, feature) != code) return false;
        return true;
    }

    private static string FirstCode(ProfileFeature feature) => ProfileFeatures.Codes(feature)[0];

    private static FrozenDictionary<(string, ProfileFeature), IReadOnlyList<(string, double)>> BuildWeights(ProfileCounts counts)
    {
        var result = new Dictionary<(string, ProfileFeature), IReadOnlyList<(string, double)>>();
        foreach (var sector in counts.Combos.Select(c => c.Sector).Distinct())
        {
            foreach (var feature in (ProfileFeature[])[ProfileFeature.Employer, ProfileFeature.Size, ProfileFeature.Specialty, ProfileFeature.Contract])
                result[(sector, feature)] = Shares(counts.Combos.Where(c => c.Sector == sector)
                    .Select(c => (ProfileFeatures.Value(c, feature), c.Count)));
            result[(sector, ProfileFeature.Region)] = Shares(counts.Cells.Where(c => c.Sector == sector).Select(c => (c.Region, c.Count)));
        }
        return result.ToFrozenDictionary();
    }

    private static IReadOnlyList<(string, double)> Shares(IEnumerable<(string Code, int Count)> counts)
    {
        var known = counts.Where(c => c.Code != FeatureEncoding.Unknown)
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Count: g.Sum(c => c.Count)))
            .OrderBy(g => g.Code, StringComparer.Ordinal)
            .ToList();
        double total = known.Sum(k => k.Count);
        return total == 0 ? [] : [.. known.Select(k => (k.Code, k.Count / total))];
    }
}
