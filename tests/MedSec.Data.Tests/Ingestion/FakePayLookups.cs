using MedSec.Data.Ingestion;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// Pay lookups for tests: net = 78 % of gross (80 % in the public sector), SMIC 1 766.92 € before 2024-11-01 and
/// 1 801.80 € from then; no rule before 2020. Mayotte's SMIC: 1 334.67 € before 2024-11-01 and 1 361.97 € from then
/// (8.80 € and 8.98 € an hour × 35 × 52 / 12); no Mayotte rule before 2021.
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

    public decimal SmicMonthly(DateOnly date, SmicTerritory territory)
    {
        Check(date);
        if (territory == SmicTerritory.Mayotte)
        {
            if (date.Year < 2021) throw new MedSecInputException($"Aucune donnée pour le SMIC de Mayotte au {date:yyyy-MM-dd}.");
            return date < new DateOnly(2024, 11, 1) ? 1334.67m : 1361.97m;
        }
        return date < new DateOnly(2024, 11, 1) ? 1766.92m : 1801.80m;
    }

    /// <summary>The hourly SMIC of the figures above × the hours × 52 / 12, to the cent (no overtime premium: asked up to 35 h).</summary>
    public decimal SmicForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory)
    {
        SmicMonthly(date, territory);
        var hourly = territory == SmicTerritory.Mayotte
            ? (date < new DateOnly(2024, 11, 1) ? 8.80m : 8.98m)
            : (date < new DateOnly(2024, 11, 1) ? 11.65m : 11.88m);
        return Math.Round(hourly * weeklyHours * 52m / 12m, 2, MidpointRounding.AwayFromZero);
    }

    private static void Check(DateOnly date)
    {
        if (date.Year < 2020) throw new MedSecInputException($"Aucune règle de paie avant 2020 ({date:yyyy-MM-dd}).");
    }
}
