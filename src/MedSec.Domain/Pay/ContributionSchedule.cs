using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>The employee contribution rates of one regime in force at a date, with the parameters their bases need.</summary>
internal sealed class ContributionSchedule
{
    private readonly ContributionRate[] _parameters;
    private readonly SocialSecurityCeiling? _pss;
    private readonly IReadOnlyList<SocialSecurityCeiling> _ceilings;
    private readonly DateOnly _date;
    private readonly List<DateOnly> _used = [];

    private ContributionSchedule(string regime, DateOnly date, ContributionRate[] contributions, ContributionRate[] parameters, SocialSecurityCeiling? pss, IReadOnlyList<SocialSecurityCeiling> ceilings)
    {
        Regime = regime;
        _date = date;
        Contributions = contributions;
        _parameters = parameters;
        _pss = pss;
        _ceilings = ceilings;
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
        var pss = Validity.InForce(data.SocialSecurityCeilings, date, p => p.ValidFrom, p => p.ValidTo);
        return new ContributionSchedule(regime, date, inForce.Where(c => !ContributionBases.IsParameter(c)).ToArray(), inForce.Where(ContributionBases.IsParameter).ToArray(), pss, data.SocialSecurityCeilings);
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
        if (_pss is null) throw NoPss();
        _used.Add(_pss.ValidFrom);
        return _pss.Monthly;
    }

    /// <summary>
    /// The refusal when no PSS is in force, with the first one's date when the date is before it (after the last row's
    /// valid_to there is no "first" to wait for); looked up only here, not on every schedule.
    /// </summary>
    private MedSecInputException NoPss()
    {
        DateOnly? first = _ceilings.Count > 0 ? _ceilings.Min(p => p.ValidFrom) : null;
        return PayErrors.NoData("le plafond de la Sécurité sociale", _date, first > _date ? first : null);
    }

    public decimal RequireParameter(string item)
    {
        var row = _parameters.FirstOrDefault(p => p.Item == item) ?? throw PayErrors.NoData($"le paramètre {item}", _date);
        _used.Add(row.ValidFrom);
        return row.Rate;
    }
}
