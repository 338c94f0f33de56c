using MedSec.Analytics.Estimation;
using MedSec.Analytics.Market;
using MedSec.Data.Frames;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Web.Components.Market;

/// <summary>A legal floor of the overview: the SMIC, or an agreement's minimum for a secretary's entry level.</summary>
/// <param name="AsOf">SMIC: the day it took effect; agreement: the date of the newest figure the floor used.</param>
/// <param name="Binds">True for the SMIC and for a minimum above it: those are drawn; a minimum under the SMIC is only listed.</param>
/// <param name="Legend">The chart's shorter name of it, without the level the table gives (null: <paramref name="Label"/>).</param>
public sealed record FloorLine(string Key, string Label, decimal Amount, DateOnly AsOf, bool Binds, IReadOnlyList<string> Warnings,
    string? Legend = null);

/// <summary>
/// Everything the "Vue d'ensemble" page shows, read from the market statistics (percentiles and k suppression are theirs)
/// and the pay service (floors): pay by sector × experience band, by région × sector, the sector totals, and the floors in
/// force at the date of the newest observation.
/// </summary>
public sealed record OverviewModel(
    MarketSummary ByExperience,
    MarketSummary ByRegion,
    MarketSummary BySector,
    IReadOnlyList<FloorLine> Floors,
    DateOnly FloorDate,
    int SampleRows,
    int ImportedRows)
{
    /// <summary>The employers whose agreement floor is drawn, as the estimator picks them (<see cref="ProfileFloors"/>).</summary>
    private static readonly (EmployerType Employer, Sector Sector, string Label)[] FloorEmployers =
    [
        (EmployerType.Cabinet, Sector.Private, "cabinet médical"),
        (EmployerType.Clinique, Sector.Private, "clinique"),
        (EmployerType.Telesecretariat, Sector.Remote, "télésecrétariat"),
    ];

    public static OverviewModel Build(MarketStatistics market, IPayService pay, ReferenceData reference)
    {
        var byExperience = market.Summarize(new MarketQuery(GroupBy: [FrameDimension.Sector, FrameDimension.ExperienceBand]));
        var byRegion = market.Summarize(new MarketQuery(GroupBy: [FrameDimension.Region, FrameDimension.Sector]));
        var bySector = market.Summarize(new MarketQuery(GroupBy: [FrameDimension.Sector]));
        var date = bySector.To ?? DateOnly.FromDateTime(DateTime.Today);
        return new OverviewModel(byExperience, byRegion, bySector, LegalFloors(pay, reference, date), date, market.Data.SampleRows, market.Data.StoredRows);
    }

    /// <summary>Why Mayotte's SMIC is listed but not drawn.</summary>
    public const string MayotteNote = "Propre à Mayotte (région 06) : le graphique, qui réunit toutes les régions, trace celui de la métropole.";

    /// <summary>The cell of a sector (and more keys), or null when the data have none.</summary>
    public static MarketCell? Cell(MarketSummary summary, params (string Dimension, string Value)[] key) =>
        summary.Cells.FirstOrDefault(c => key.All(k => c.Key.TryGetValue(k.Dimension, out var v) && v == k.Value));

    private static List<FloorLine> LegalFloors(IPayService pay, ReferenceData reference, DateOnly date)
    {
        // The chart's floors are national: the métropole's SMIC. Mayotte's own, lower, is listed beside it, not drawn.
        var smic = pay.Smic(date, SmicTerritory.Metropole);
        var floors = new List<FloorLine> { new("smic", "SMIC mensuel (35 h)", smic.Monthly, smic.ValidFrom, Binds: true, []) };
        if (reference.MayotteSmic.Any(s => s.ValidFrom <= date) && pay.Smic(date, SmicTerritory.Mayotte) is var mayotte)
            floors.Add(new("smic-mayotte", "SMIC mensuel de Mayotte (35 h)", mayotte.Monthly, mayotte.ValidFrom, Binds: false, [MayotteNote]));
        foreach (var (employer, sector, label) in FloorEmployers)
        {
            var profile = new ResolvedProfile(sector, new Region("11"), 0m, Specialty.General, employer, SizeBand.From1To9, ContractType.Cdi);
            if (ProfileFloors.AgreementOf(profile) is not var (agreement, level)) continue;
            try
            {
                var floor = pay.Floor(new FloorQuery(agreement, level, date));
                // The agreement's own word for the level, as its warning says it ("coefficient 188", "positionnement 5").
                var levelType = reference.AgreementMinima.FirstOrDefault(m => m.Agreement == agreement && m.Level == floor.Level)?.LevelType ?? "niveau";
                floors.Add(new FloorLine($"idcc-{floor.Agreement}", $"IDCC {floor.Agreement}, {label} ({levelType} {floor.Level})",
                    floor.AgreementMinimum, floor.AsOf, floor.Binding == "agreement", floor.Warnings, $"IDCC {floor.Agreement}, {label}"));
            }
            catch (MedSecInputException)
            {
                // No grid of this agreement at the date: nothing to draw.
            }
        }
        return floors;
    }
}
