using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>The employee contribution rates of one regime in force at a date, with the parameters their bases need.</summary>
internal sealed class ContributionSchedule
{
    private readonly ContributionRate[] _parameters;
    private readonly SocialSecurityCeiling? _pss;
    private readonly DateOnly? _firstPss;
    private readonly DateOnly _date;
    private readonly List<DateOnly> _used = [];

    private ContributionSchedule(string regime, DateOnly date, ContributionRate[] contributions, ContributionRate[] parameters, SocialSecurityCeiling? pss, DateOnly? firstPss)
    {
        Regime = regime;
        _date = date;
        Contributions = contributions;
        _parameters = parameters;
        _pss = pss;
        _firstPss = firstPss;
        _used.AddRange(contributions.Select(c => c.ValidFrom));
    }

    public string Regime { get; }

    public IReadOnlyList<ContributionRate> Contributions { get; }

    /// <summary>Newest valid_from among the rates, parameters and PSS actually used so far.</summary>
    public DateOnly AsOf => _used.Max();

    public static ContributionSchedule At(ReferenceData data, string regime, DateOnly date)
    {
        var items = data.Contributions.Where(c => c.Regime == regime).GroupBy(c => c.Item).ToList();
        var inForce = items
            .Select(g => Validity.InForce(g, date, c => c.ValidFrom, c => c.ValidTo))
            .OfType<ContributionRate>()
            .ToList();
        // Every item must be known at the date: one whose first rate comes later (the table starts CNRACL in 2020) would
        // otherwise be left out, and the net come out too high without a word (2 100 € in 2017: 2 040 € instead of ~1 667 €).
        // An item whose rows ended is abolished, not missing.
        if (inForce.Count == 0 || items.Any(g => g.Min(c => c.ValidFrom) > date))
        {
            DateOnly? complete = items.Count > 0 ? items.Max(g => g.Min(c => c.ValidFrom)) : null;
            throw PayErrors.NoData($"les cotisations {RegimeName(regime)}", date, complete);
        }
        var isParameter = (ContributionRate c) => c.Item is ContributionBases.CsgBaseShareItem or ContributionBases.RafpBonusCapShareItem;
        var pss = Validity.InForce(data.SocialSecurityCeilings, date, p => p.ValidFrom, p => p.ValidTo);
        DateOnly? firstPss = data.SocialSecurityCeilings.Count > 0 ? data.SocialSecurityCeilings.Min(p => p.ValidFrom) : null;
        return new ContributionSchedule(regime, date, inForce.Where(c => !isParameter(c)).ToArray(), inForce.Where(isParameter).ToArray(), pss, firstPss);
    }

    /// <summary>A regime's name in French (the table's codes are English).</summary>
    private static string RegimeName(string regime) => regime switch
    {
        NetPayRules.PrivateRegime => "du privé",
        NetPayRules.PublicTitulaireRegime => "des titulaires de la fonction publique",
        _ => regime,
    };

    /// <summary>The PSS in force, if any, without marking it used (for searches, not for amounts).</summary>
    public decimal? PssOrNull() => _pss?.Monthly;

    public decimal RequirePss()
    {
        // The first date is given only when the date is before it: after the last row's valid_to there is no "first" to wait for.
        if (_pss is null) throw PayErrors.NoData("le plafond de la Sécurité sociale", _date, _firstPss > _date ? _firstPss : null);
        _used.Add(_pss.ValidFrom);
        return _pss.Monthly;
    }

    public decimal RequireParameter(string item)
    {
        var row = _parameters.FirstOrDefault(p => p.Item == item) ?? throw PayErrors.NoData($"le paramètre {item}", _date);
        _used.Add(row.ValidFrom);
        return row.Rate;
    }
}
