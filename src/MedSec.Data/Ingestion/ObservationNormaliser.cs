using System.Runtime.CompilerServices;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Brings a valid record to the monthly gross of a full-time (35 h) month, 12 months a year: hourly × 151.67, annual ÷ 12,
/// a 13th (or 14th…) month spread over 12, part time scaled to 35 h, net converted with the net → gross rules.
/// Flags amounts below the full-time SMIC of their date and région (Mayotte has its own; except freelancers, whom the SMIC
/// does not cover), unless a part-timer's pay is the SMIC of their hours (a cent lost by scaling a rounded amount to 35 h).
/// </summary>
public sealed class ObservationNormaliser(IPayLookups lookups)
{
    /// <summary>The SMIC territory of each région, by its <see cref="RegionIndex"/> (<see cref="SmicTerritories.Of"/>).</summary>
    private static readonly SmicTerritory[] TerritoryOfRegion =
        [.. RegionIndex.Codes.Select(code => SmicTerritories.Of(new Region(code)))];

    /// <summary>
    /// Per territory, the SMIC in cents by day (index: day number − <see cref="FirstDay"/>), each array made and filled on
    /// first use; −1: no rule.
    /// </summary>
    private readonly long[]?[] _smicByDay = new long[]?[Enum.GetValues<SmicTerritory>().Length];

    private static readonly int FirstDay = ObservationReaderOptions.Oldest.DayNumber;
    private static readonly int LastDay = new DateOnly(2100, 12, 31).DayNumber;

    /// <summary>The full-time monthly equivalent of an amount (before any net → gross conversion), unrounded.</summary>
    public static decimal FullTimeMonthly(decimal amount, PayBasis basis, decimal monthsPaid, decimal? weeklyHours)
    {
        var hours = weeklyHours ?? WorkingTime.FullTimeWeeklyHours;
        return basis switch
        {
            PayBasis.Hourly => monthsPaid == 12m
                ? amount * WorkingTime.FullTimeMonthlyHours
                : amount * WorkingTime.FullTimeMonthlyHours * monthsPaid / 12m,
            PayBasis.Monthly => monthsPaid == 12m && hours == WorkingTime.FullTimeWeeklyHours
                ? amount
                : amount * monthsPaid * WorkingTime.FullTimeWeeklyHours / (12m * hours),
            PayBasis.Annual => hours == WorkingTime.FullTimeWeeklyHours
                ? amount / 12m
                : amount * WorkingTime.FullTimeWeeklyHours / (12m * hours),
            _ => throw new ArgumentOutOfRangeException(nameof(basis)),
        };
    }

    /// <summary>Rounds to the cent, half away from zero (DESIGN.md's money convention).</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryNormalise(in ObservationDraft d, out NormalisedPay pay, out NormalisationFault? fault)
    {
        var cents = FullTimeCents(d);
        if (cents <= 0)
        {
            // 0,01 € a year is above zero but no pay: stored, it was an observation of 0,00 € a month (ln 0 to the model).
            pay = default;
            fault = new(ObservationField.PayAmount, IngestText.UnderACentAMonth(d.PayAmount));
            return false;
        }
        var converted = false;
        if (d.PayKind == PayKind.Net)
        {
            try
            {
                cents = (long)(lookups.GrossFromNet(cents / 100m, d.Sector, d.Date) * 100m);
            }
            catch (MedSecInputException e)
            {
                pay = default;
                fault = new(ObservationField.GrossOrNet, $"Conversion net → brut impossible au {IngestText.Date(d.Date)} : {e.Message}");
                return false;
            }
            converted = true;
        }
        var flags = ObservationFlags.None;
        string? reason = null;
        var territory = TerritoryOfRegion[d.Region];
        if (d.Contract != ContractType.Freelance && SmicCents(d.Date, territory) is var smic && smic > 0 && cents < smic
            && !PaysTheSmicOfItsHours(d, territory))
        {
            flags = ObservationFlags.BelowFloor;
            reason = $"{IngestText.Euros(cents / 100m)} par mois à temps plein, sous {SmicRules.What(territory)} en vigueur au {IngestText.Date(d.Date)} ({IngestText.Euros(smic / 100m)}).";
        }
        pay = new NormalisedPay(cents, converted, flags, reason);
        fault = null;
        return true;
    }

    /// <summary>
    /// True when a part-timer's gross, at their own hours, is at least the SMIC of those hours: the hourly SMIC × the hours
    /// of the month, to the cent (Code du travail art. L3123-5, L3242-1; <see cref="IPayLookups.SmicForHours"/>). Scaled to
    /// 35 h, an amount rounded to the cent at its hours can fall a cent under the full-time SMIC while being the SMIC of
    /// those hours (533,43 € for 10 h in June 2026: 12,31 × 10 × 52 / 12 = 533,4333 €, × 35 / 10 = 1 867,01 € under
    /// 1 867,02 €). Asked only of the rare rows already under the full-time SMIC. Hourly rows need no second look: × 151.67 h
    /// keeps the hourly SMIC above the monthly one; net rows were converted at 35 h, so their own hours' gross is not known.
    /// </summary>
    private bool PaysTheSmicOfItsHours(in ObservationDraft d, SmicTerritory territory)
    {
        if (d.PayKind != PayKind.Gross || d.WeeklyHours is not { } hours || hours >= WorkingTime.FullTimeWeeklyHours) return false;
        try
        {
            return AtTheSmicOfItsHours(d.PayAmount, d.PayBasis, d.MonthsPaid, hours, lookups.SmicForHours(hours, d.Date, territory));
        }
        catch (MedSecInputException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when a part-time monthly or annual amount, at its own <paramref name="weeklyHours"/>, is at least
    /// <paramref name="smicForHours"/>, the SMIC of those hours (an annual amount, or 13 months of pay, owes 12 months of it:
    /// compared as a twelfth, unrounded). Hourly amounts need no second look: × 151.67 h keeps the hourly SMIC above the
    /// monthly one. Observations and job ads both ask it.
    /// </summary>
    public static bool AtTheSmicOfItsHours(decimal amount, PayBasis basis, decimal monthsPaid, decimal? weeklyHours, decimal? smicForHours)
    {
        if (smicForHours is not { } smic || weeklyHours is not { } hours || hours >= WorkingTime.FullTimeWeeklyHours) return false;
        return basis switch
        {
            PayBasis.Monthly => amount * monthsPaid / WorkingTime.MonthsPerYear >= smic,
            PayBasis.Annual => amount / WorkingTime.MonthsPerYear >= smic,
            _ => false,
        };
    }

    private static long FullTimeCents(in ObservationDraft d) => FullTimeCents(
        d.PayAmount, d.PayBasis, d.MonthsPaid, d.WeeklyHours, d.PayCents, d.MonthsHundredths, d.WeeklyHours is null ? 3500 : d.HoursHundredths);

    /// <summary>
    /// The full-time monthly gross in cents, rounded half away from zero (= <see cref="Cents"/> of
    /// <see cref="FullTimeMonthly"/>): in exact integer arithmetic when the amount, the months and the hours are whole
    /// hundredths (the usual case), else in decimal.
    /// </summary>
    public static long FullTimeCents(decimal amount, PayBasis basis, decimal monthsPaid, decimal? weeklyHours) => FullTimeCents(
        amount, basis, monthsPaid, weeklyHours, Utf8Text.Hundredths(amount), Utf8Text.Hundredths(monthsPaid),
        weeklyHours is { } h ? Utf8Text.Hundredths(h) : 3500);

    private static long FullTimeCents(decimal amount, PayBasis basis, decimal monthsPaid, decimal? weeklyHours, long amountCents, long months, long hours)
    {
        if (amountCents == Utf8Text.NoHundredths || months == Utf8Text.NoHundredths || hours == Utf8Text.NoHundredths
            || amountCents <= 0 || amountCents > 1_000_000_000 || months is <= 0 or > 10_000 || hours <= 0)
            return (long)(Cents(FullTimeMonthly(amount, basis, monthsPaid, weeklyHours)) * 100m);
        return basis switch
        {
            // amount × 151.67 × months / 12, with 151.67 = 15167/100 and months = months/100
            PayBasis.Hourly => Divide(amountCents * 15167 * months, 100 * 1200),
            // amount × months / 12 × 35 / hours
            PayBasis.Monthly => months == 1200 && hours == 3500 ? amountCents : Divide(amountCents * months * 3500, 1200 * hours),
            // amount / 12 × 35 / hours
            _ => Divide(amountCents * 3500, 12 * hours),
        };
    }

    /// <summary>numerator / denominator rounded half away from zero (both positive here).</summary>
    private static long Divide(long numerator, long denominator)
    {
        var quotient = Math.DivRem(numerator, denominator, out var remainder);
        return 2 * remainder >= denominator ? quotient + 1 : quotient;
    }

    /// <summary>
    /// The full-time monthly SMIC of a territory in cents at a date, or −1 when the rules have none (a Mayotte date before
    /// its first known SMIC is not checked, never checked against the métropole's).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long SmicCents(DateOnly date, SmicTerritory territory)
    {
        var day = date.DayNumber - FirstDay;
        return _smicByDay[(int)territory] is { } byDay && (uint)day < (uint)byDay.Length && byDay[day] is var cached && cached != 0
            ? cached
            : SmicCentsSlow(date, territory);
    }

    /// <summary>A day not cached yet (or out of the cached range): looked up, and cached when in range.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long SmicCentsSlow(DateOnly date, SmicTerritory territory)
    {
        var cents = Lookup(date, territory) is { } smic ? (long)(smic * 100m) : -1;
        var day = date.DayNumber - FirstDay;
        var byDay = _smicByDay[(int)territory] ??= new long[LastDay - FirstDay + 1];
        if ((uint)day < (uint)byDay.Length) byDay[day] = cents;
        return cents;
    }

    private decimal? Lookup(DateOnly date, SmicTerritory territory)
    {
        try
        {
            return lookups.SmicMonthly(date, territory);
        }
        catch (MedSecInputException)
        {
            return null;
        }
    }
}
