using System.Collections.Concurrent;
using MedSec.Analytics.Pay;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Imports;

/// <summary>The pay rules ingestion needs, from the pay service; net → gross answers are remembered (files repeat amounts). Thread-safe.</summary>
public sealed class PayServiceLookups(IPayService pay) : IPayLookups
{
    private readonly ConcurrentDictionary<(decimal Net, Sector Sector, DateOnly Date), decimal> _grossFromNet = new();

    public decimal GrossFromNet(decimal net, Sector sector, DateOnly date)
    {
        if (_grossFromNet.TryGetValue((net, sector, date), out var gross)) return gross;
        gross = pay.GrossFromNet(net, sector, date);
        _grossFromNet.TryAdd((net, sector, date), gross);
        return gross;
    }

    public decimal SmicMonthly(DateOnly date, SmicTerritory territory) => pay.SmicMonthly(date, territory);

    public decimal SmicForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory) => pay.SmicForHours(weeklyHours, date, territory);
}
