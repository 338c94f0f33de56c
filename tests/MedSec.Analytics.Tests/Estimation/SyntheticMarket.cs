using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>
/// A small seeded market with known effects, for tests that must not depend on the bundled sample: a base of 2 000 €
/// for private jobs, Île-de-France +12 %, Bourgogne-Franche-Comté −4 %, +1.5 % a year of experience up to 25 years,
/// clinics +5 %, cardiology +3 %; public jobs follow experience tightly, remote jobs are noisier; log-normal noise.
/// </summary>
public sealed class SyntheticMarket
{
    private static readonly string[] Regions = ["11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93"];

    private readonly Random _random;
    private readonly DateOnly _date;

    public SyntheticMarket(int seed = 7, DateOnly? date = null)
    {
        _random = new Random(seed);
        _date = date ?? new DateOnly(2025, 6, 15);
    }

    public List<NormalisedObservation> Rows(int count)
    {
        var rows = new List<NormalisedObservation>(count);
        for (var i = 0; i < count; i++) rows.Add(Row());
        return rows;
    }

    public NormalisedObservation Row()
    {
        var u = _random.NextDouble();
        var sector = u < 0.3 ? Sector.Public : u < 0.85 ? Sector.Private : Sector.Remote;
        var region = new Region(Regions[_random.Next(Regions.Length)]);
        var experience = Math.Round((decimal)(_random.NextDouble() * 30), 1);
        var specialty = (Specialty)_random.Next(8);
        var (employer, size) = sector switch
        {
            Sector.Public => (EmployerType.Hopital, SizeBand.From250),
            Sector.Remote => (EmployerType.Telesecretariat, (SizeBand)_random.Next(2)),
            _ => _random.NextDouble() < 0.6 ? (EmployerType.Cabinet, SizeBand.From1To9) : (EmployerType.Clinique, (SizeBand)(1 + _random.Next(3))),
        };
        var contract = _random.NextDouble() < 0.85 ? ContractType.Cdi : ContractType.Cdd;
        var log = Math.Log(sector switch { Sector.Public => 1950d, Sector.Remote => 1900d, _ => 2000d })
            + Math.Log(1.015) * Math.Min((double)experience, 25d)
            + (region.Code == "11" ? Math.Log(1.12) : region.Code == "27" ? Math.Log(0.96) : 0d)
            + (employer == EmployerType.Clinique ? Math.Log(1.05) : 0d)
            + (specialty == Specialty.Cardiology ? Math.Log(1.03) : 0d)
            + Normal() * (sector switch { Sector.Public => 0.04, Sector.Remote => 0.14, _ => 0.09 });
        var gross = Math.Round((decimal)Math.Exp(log), 2);
        var observation = new Observation(_date, "synthetic-test", sector, employer, size, region, null, experience, specialty,
            null, null, null, contract, null, gross, PayBasis.Monthly, 12m, PayKind.Gross, null, Synthetic: true);
        return new NormalisedObservation(observation, 0, gross, false, ObservationFlags.None, null, new Dictionary<string, string>());
    }

    private double Normal()
    {
        var u1 = 1d - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2d * Math.Log(u1)) * Math.Cos(2d * Math.PI * u2);
    }
}
