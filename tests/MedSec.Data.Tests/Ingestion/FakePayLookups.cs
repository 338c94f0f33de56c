using MedSec.Data.Ingestion;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// Pay lookups for tests: net = 78 % of gross (80 % in the public sector), SMIC 1 766.92 € before 2024-11-01 and
/// 1 801.80 € from then; no rule before 2020.
/// </summary>
public sealed class FakePayLookups : IPayLookups
{
    public static readonly FakePayLookups Instance = new();

    public static decimal Rate(Sector sector) => sector == Sector.Public ? 0.80m : 0.78m;

    public decimal GrossFromNet(decimal net, Sector sector, DateOnly date)
    {
        Check(date);
        return Math.Round(net / Rate(sector), 2, MidpointRounding.AwayFromZero);
    }

    public decimal SmicMonthly(DateOnly date)
    {
        Check(date);
        return date < new DateOnly(2024, 11, 1) ? 1766.92m : 1801.80m;
    }

    private static void Check(DateOnly date)
    {
        if (date.Year < 2020) throw new MedSecInputException($"Aucune règle de paie avant 2020 ({date:yyyy-MM-dd}).");
    }
}
