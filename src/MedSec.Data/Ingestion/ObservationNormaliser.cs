using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Brings a valid record to the monthly gross of a full-time (35 h) month, 12 months a year: hourly × 151.67, annual ÷ 12,
/// a 13th (or 14th…) month spread over 12, part time scaled to 35 h, net converted with the net → gross rules.
/// Flags amounts below the full-time SMIC of their date (except freelancers, whom the SMIC does not cover).
/// </summary>
public sealed class ObservationNormaliser(IPayLookups lookups)
{
    /// <summary>The SMIC by day (index: day number − <see cref="FirstDay"/>), filled on first use; −1 means "no rule".</summary>
    private readonly decimal[] _smicByDay = new decimal[LastDay - FirstDay + 1];

    private static readonly int FirstDay = ObservationReaderOptions.Oldest.DayNumber;
    private static readonly int LastDay = new DateOnly(2100, 12, 31).DayNumber;

    /// <summary>The full-time monthly equivalent of an amount (before any net → gross conversion), unrounded.</summary>
    public static decimal FullTimeMonthly(decimal amount, PayBasis basis, decimal monthsPaid, decimal? weeklyHours)
    {
        var hours = weeklyHours ?? Observation.FullTimeWeeklyHours;
        return basis switch
        {
            PayBasis.Hourly => monthsPaid == 12m
                ? amount * Observation.FullTimeMonthlyHours
                : amount * Observation.FullTimeMonthlyHours * monthsPaid / 12m,
            PayBasis.Monthly => monthsPaid == 12m && hours == Observation.FullTimeWeeklyHours
                ? amount
                : amount * monthsPaid * Observation.FullTimeWeeklyHours / (12m * hours),
            PayBasis.Annual => hours == Observation.FullTimeWeeklyHours
                ? amount / 12m
                : amount * Observation.FullTimeWeeklyHours / (12m * hours),
            _ => throw new ArgumentOutOfRangeException(nameof(basis)),
        };
    }

    /// <summary>Rounds to the cent, half away from zero (DESIGN.md's money convention).</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    internal bool TryNormalise(in ObservationDraft d, out NormalisedPay pay, out string? error)
    {
        var full = FullTimeMonthly(d.PayAmount, d.PayBasis, d.MonthsPaid, d.WeeklyHours);
        var monthly = full.Scale <= 2 ? full : Cents(full);
        var converted = false;
        if (d.PayKind == PayKind.Net)
        {
            try
            {
                monthly = lookups.GrossFromNet(monthly, d.Sector, d.Date);
            }
            catch (MedSecInputException e)
            {
                pay = default;
                error = $"Conversion net → brut impossible au {IngestText.Date(d.Date)} : {e.Message}";
                return false;
            }
            converted = true;
        }
        var flags = ObservationFlags.None;
        string? reason = null;
        if (d.Contract != ContractType.Freelance && Smic(d.Date) is { } smic && monthly < smic)
        {
            flags = ObservationFlags.BelowFloor;
            reason = $"{IngestText.Euros(monthly)} par mois à temps plein, sous le SMIC en vigueur au {IngestText.Date(d.Date)} ({IngestText.Euros(smic)}).";
        }
        pay = new NormalisedPay(monthly, converted, flags, reason);
        error = null;
        return true;
    }

    private decimal? Smic(DateOnly date)
    {
        var day = date.DayNumber - FirstDay;
        if ((uint)day >= (uint)_smicByDay.Length) return Lookup(date);
        var cached = _smicByDay[day];
        if (cached == 0m)
        {
            cached = Lookup(date) ?? -1m;
            _smicByDay[day] = cached;
        }
        return cached < 0m ? null : cached;
    }

    private decimal? Lookup(DateOnly date)
    {
        try
        {
            return lookups.SmicMonthly(date);
        }
        catch (MedSecInputException)
        {
            return null;
        }
    }
}
