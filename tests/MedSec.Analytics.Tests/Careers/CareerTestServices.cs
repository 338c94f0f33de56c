using MedSec.Analytics.Careers;
using MedSec.Analytics.Tests.Pay;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Careers;

/// <summary>The bundled data and the career service over them, built once (training the transition model takes seconds).</summary>
internal static class CareerTestServices
{
    public static MedSecServices Services => RealReference.Services;

    public static CareerCatalog Catalog => Services.CareerCatalog;

    public static ICareerPathService PathService => Services.Careers;

    public static readonly Region Auvergne = new("84");

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    /// <summary>A path service over the bundled catalog and reference data, with stand-ins for market pay and transitions.</summary>
    public static CareerPathService WithStubs(IMarketPay market, ITransitionModel transitions) =>
        new(Catalog, Services.Reference, Services.Pay, market, transitions,
            new TransitionModelReport(transitions.Name, 0.0, null, 0, 0, 0, SyntheticHistories: false));
}

/// <summary>Market pay of <paramref name="gross"/> whatever the profile, plus <paramref name="perYear"/> a year of experience.</summary>
internal sealed class FixedMarketPay(decimal gross, decimal perYear = 0m) : IMarketPay
{
    public List<MarketProfile> Asked { get; } = [];

    public string Name => "fixed";

    public bool IsProvisional => false;

    public IReadOnlyList<string> Caveats => [];

    public decimal MonthlyGross(MarketProfile profile)
    {
        Asked.Add(profile);
        return gross + perYear * profile.ExperienceYears;
    }
}

/// <summary>Market pay given by <paramref name="gross"/> for each profile asked.</summary>
internal sealed class MarketPayOf(Func<MarketProfile, decimal> gross) : IMarketPay
{
    public string Name => "function";

    public bool IsProvisional => false;

    public IReadOnlyList<string> Caveats => [];

    public decimal MonthlyGross(MarketProfile profile) => gross(profile);
}

/// <summary>Fixed yearly probabilities per target, whatever the profile; staying put takes the rest.</summary>
internal sealed class FixedTransitions(params (CareerRole From, TransitionTarget To, double P)[] moves) : ITransitionModel
{
    public string Name => "fixed";

    public IReadOnlyDictionary<TransitionTarget, double> Next(TransitionProfile profile)
    {
        var result = moves.Where(m => m.From == profile.Role).ToDictionary(m => m.To, m => m.P);
        result[new TransitionTarget(profile.Role)] = 1.0 - result.Values.Sum();
        return result;
    }
}
