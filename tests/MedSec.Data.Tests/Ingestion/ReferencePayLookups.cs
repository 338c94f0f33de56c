using MedSec.Data.Ingestion;
using MedSec.Data.Reference;
using MedSec.Data.Tests.Reference;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>Pay lookups from the bundled reference data through the pay rules themselves (the real SMIC of each territory).</summary>
public sealed class ReferencePayLookups : IPayLookups
{
    public static readonly ReferencePayLookups Instance = new();

    public static readonly ReferenceData Data = ReferenceDataLoader.Load(TestPaths.BundledReference);

    public decimal GrossFromNet(decimal net, Sector sector, DateOnly date) => NetPayRules.GrossFromNet(Data, net, sector, date);

    public decimal SmicMonthly(DateOnly date, SmicTerritory territory) => SmicRules.MonthlyAt(Data, date, territory);

    public decimal SmicForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory) =>
        SmicRules.ForWeeklyHours(Data, SmicRules.At(Data, date, territory), weeklyHours, date);
}
