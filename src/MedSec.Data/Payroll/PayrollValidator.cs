using System.Text;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Data.Payroll;

/// <summary>Validation of one payroll record, column by column; the first fault rejects the record.</summary>
internal sealed class PayrollValidator(PayrollHeader header, PayrollPipelineOptions options)
{
    /// <summary>The smallest number written without "%" that is read as a percentage of a full time.</summary>
    private const decimal MinimumBarePercent = 10m;

    /// <summary>
    /// The least working time a payroll line may have (<see cref="WorkingTime.MinimumWeeklyHours"/>): under it an FTE is a
    /// slip, "0,5 %" written for 50 %, read as 0,005 with a full-time base of 200 000 €.
    /// </summary>
    private const decimal MinimumWeeklyHours = WorkingTime.MinimumWeeklyHours;

    /// <summary>The FTE of <see cref="MinimumWeeklyHours"/>: 1/35.</summary>
    private static readonly decimal MinimumFte = MinimumWeeklyHours / WorkingTime.FullTimeWeeklyHours;

    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly DateOnly _today = options.TodayOrNow;
    private readonly Dictionary<decimal, decimal?> _smicByHours = [];
    private decimal? _highest;
    private bool _highestKnown;

    public bool TryValidate(long line, string[] fields, out PayrollRecord record, out Rejection? rejection, out FlaggedRecord? flag)
    {
        record = null!;
        flag = null;
        rejection = Validate(line, fields, out var r, out var weeklyHours);
        if (rejection is not null) return false;
        record = r!;
        if (Smic(WorkingTime.FullTimeWeeklyHours) is { } smic && BelowSmic(record, weeklyHours) is { } floor)
            flag = new FlaggedRecord(line, header.NameOf(PayrollField.BaseMonthlyGross), floor == smic
                // Full time: its figures once came twice ("1000,00 € … pour un temps plein (1000,00 € pour un temps plein)").
                ? $"{IngestText.Euros(record.BaseMonthlyGross)} de salaire de base pour {WorkingTimeText(record, weeklyHours)}, " +
                  $"sous le SMIC en vigueur au {IngestText.Date(_today)} ({IngestText.Euros(smic)})."
                : $"{IngestText.Euros(record.BaseMonthlyGross)} de salaire de base pour {WorkingTimeText(record, weeklyHours)} " +
                  $"({IngestText.Euros(record.FullTimeMonthlyBase)} pour un temps plein), sous le SMIC en vigueur au {IngestText.Date(_today)} " +
                  $"({IngestText.Euros(floor)} pour ce temps de travail, {IngestText.Euros(smic)} pour un temps plein).");
        else if (HighestAgreementMinimum() is { } highest && record.FullTimeMonthlyBase > ObservationPipelineOptions.AbsurdFactor * highest)
            flag = new FlaggedRecord(line, header.NameOf(PayrollField.BaseMonthlyGross),
                $"{IngestText.Euros(record.FullTimeMonthlyBase)} de salaire de base pour un temps plein, plus de " +
                $"{IngestText.Number(ObservationPipelineOptions.AbsurdFactor)} fois le plus haut salaire minimum conventionnel en vigueur au " +
                $"{IngestText.Date(_today)} ({IngestText.Euros(Money.Cents(highest))}) : un montant annuel, ou une faute de frappe ?");
        else if (weeklyHours > WorkingTime.FullTimeWeeklyHours)
            flag = new FlaggedRecord(line, header.NameOf(PayrollField.WeeklyHours),
                $"{IngestText.Number(weeklyHours.Value)} h par semaine : temps plein, le salaire de base étant celui de " +
                $"{FullTime} h ; les heures supplémentaires, payées en plus avec leur majoration, n'y sont pas comptées.");
        return true;
    }

    /// <summary>
    /// The SMIC owed for the record's working time when its base is under it, else null. The pay as paid is held against
    /// the SMIC of its hours as `pay floor` gives it (the hourly SMIC × the hours of the month, rounded once: Code du
    /// travail art. L3232-3), never base ÷ FTE against the full-time SMIC, which puts a part-timer paid exactly that
    /// SMIC a fraction of a cent under it, nor the rounded full-time SMIC pro rata, a cent off the hourly rule at some hours
    /// (22 h in June 2026: 12,31 × 22 × 52 / 12 = 1 173,553 → 1 173,55 €, where 1 867,02 × 22 / 35 gave 1 173,56 €).
    /// </summary>
    private decimal? BelowSmic(PayrollRecord record, decimal? weeklyHours)
    {
        // The base is for at most 35 h: hours beyond are overtime, paid on top of it.
        var hours = weeklyHours is { } h ? Math.Min(h, WorkingTime.FullTimeWeeklyHours) : record.Fte * WorkingTime.FullTimeWeeklyHours;
        return Smic(hours) is { } floor && record.BaseMonthlyGross < floor ? floor : null;
    }

    private static string WorkingTimeText(PayrollRecord record, decimal? weeklyHours) =>
        weeklyHours is { } h ? $"{IngestText.Number(h)} h par semaine"
        : record.Fte == 1m ? "un temps plein"
        : $"un ETP de {IngestText.Number(record.Fte)}";

    private Rejection? Validate(long line, string[] fields, out PayrollRecord? record, out decimal? weeklyHours)
    {
        record = null;
        weeklyHours = null;
        Rejection Bad(PayrollField f, string reason) => new(line, header.NameOf(f), reason);

        var id = Field(fields, PayrollField.EmployeeId);
        if (id.Length == 0) return Bad(PayrollField.EmployeeId, "Matricule manquant.");
        if (_seen.TryGetValue(id, out var first)) return Bad(PayrollField.EmployeeId, $"Matricule '{id}' en double (déjà ligne {first}).");

        Gender? gender = null;
        var s = Field(fields, PayrollField.Gender);
        if (s.Length > 0)
        {
            if (!ValueAliases.Genders.TryGetValue(TextKey.Of(s), out var g))
                return Bad(PayrollField.Gender, $"Sexe '{s}' inconnu : attendu {ValueAliases.GendersExpected}.");
            gender = g;
        }

        DateOnly? hired = null;
        s = Field(fields, PayrollField.HireDate);
        if (s.Length > 0)
        {
            if (!Utf8Text.TryParseDate(Encoding.UTF8.GetBytes(s), out var d))
                return Bad(PayrollField.HireDate, DateText.NotADate(s));
            if (d > _today) return Bad(PayrollField.HireDate, $"Date d'entrée {IngestText.Date(d)} dans le futur.");
            if (d.Year < 1940) return Bad(PayrollField.HireDate, $"Date d'entrée {IngestText.Date(d)} invraisemblable.");
            hired = d;
        }

        var fte = 1m;
        s = Field(fields, PayrollField.Fte);
        if (s.Length > 0)
        {
            var percent = s.EndsWith('%');
            if (!Number(percent ? s[..^1] : s, out fte)) return Bad(PayrollField.Fte, $"'{s}' n'est pas un ETP (0,8 ou 80 %).");
            // A bare number above 1 is a percentage (80 for 80 %), but only from 10 up: "1,5" or "2" is an FTE above 1
            // (impossible for one contract), not 1.5 % of a full time, and is refused rather than read as 0.015.
            if (!percent && fte > 1m && fte < MinimumBarePercent)
                return Bad(PayrollField.Fte, $"ETP {s} au-dessus de 1 : attendu une fraction d'un temps plein (0,8) ou un pourcentage (80 ou 80 %).");
            if (percent || fte > 1m) fte /= 100m;
            if (fte is <= 0m or > 1m) return Bad(PayrollField.Fte, $"ETP {s} hors de ]0 ; 1] (ou de 1 à 100 %).");
            if (fte < MinimumFte)
                return Bad(PayrollField.Fte, $"ETP {s} sous celui d'une heure par semaine (1/{FullTime}, soit {IngestText.Number(Math.Round(MinimumFte, 4))}) : " +
                    "un temps partiel s'écrit 0,5 ou 50 %.");
        }
        s = Field(fields, PayrollField.WeeklyHours);
        if (s.Length > 0)
        {
            if (!Number(s, out var hours) && !Utf8Text.TryParseHours(Encoding.UTF8.GetBytes(s), out hours, out _))
                return Bad(PayrollField.WeeklyHours, $"'{s}' n'est pas un nombre d'heures.");
            if (hours is <= 0m or > WorkingTime.MaximumWeeklyHours)
                return Bad(PayrollField.WeeklyHours, $"{IngestText.Number(hours)} h par semaine hors de ]0 ; {IngestText.Number(WorkingTime.MaximumWeeklyHours)}] (durée maximale, Code du travail L3121-20).");
            if (hours < MinimumWeeklyHours)
                return Bad(PayrollField.WeeklyHours, $"{IngestText.Number(hours)} h par semaine : moins d'une heure par semaine n'est pas un temps de travail vraisemblable.");
            // Not rounded: 22 h rounded to 0,6286 made the full-time base of a pay of 1 173,56 € 1 866,94 € instead of
            // 1 867,03 €; the store keeps every digit (PayrollStore writes the decimal as invariant text).
            // Beyond 35 h (a 39 h contract, common in cabinets) the person is full time: the hours past 35 are overtime,
            // paid on top of the base of 151,67 h (Code du travail L3121-28), so the FTE stays 1.
            fte = Math.Min(hours, WorkingTime.FullTimeWeeklyHours) / WorkingTime.FullTimeWeeklyHours;
            weeklyHours = hours;
        }

        s = Field(fields, PayrollField.BaseMonthlyGross);
        if (s.Length == 0) return Bad(PayrollField.BaseMonthlyGross, "Salaire de base manquant.");
        if (!Number(s, out var basePay)) return Bad(PayrollField.BaseMonthlyGross, $"'{s}' n'est pas un montant.");
        if (basePay <= 0m) return Bad(PayrollField.BaseMonthlyGross, $"Salaire de base {IngestText.Number(basePay)} non positif.");
        // 0,001 € is above zero but no pay to the cent (it was stored, and flagged as "0,00 € de salaire de base").
        if (Money.Cents(basePay) == 0m) return Bad(PayrollField.BaseMonthlyGross, $"Salaire de base {IngestText.Number(basePay)} non positif au centime.");
        if (basePay > 100_000m) return Bad(PayrollField.BaseMonthlyGross, $"Salaire de base {IngestText.Number(basePay)} € par mois invraisemblable (un montant annuel ?).");

        var bonuses = 0m;
        s = Field(fields, PayrollField.AnnualBonuses);
        if (s.Length > 0)
        {
            if (!Number(s, out bonuses)) return Bad(PayrollField.AnnualBonuses, $"'{s}' n'est pas un montant.");
            if (bonuses < 0m) return Bad(PayrollField.AnnualBonuses, $"Primes {IngestText.Number(bonuses)} négatives.");
        }

        _seen[id] = line;
        record = new PayrollRecord(line, id, gender, Optional(fields, PayrollField.JobTitle), Optional(fields, PayrollField.Level),
            hired, fte, basePay, bonuses);
        return null;
    }

    /// <summary>The monthly SMIC for <paramref name="weeklyHours"/> on the day the file is checked (null: no floor flag).</summary>
    private decimal? Smic(decimal weeklyHours)
    {
        if (_smicByHours.TryGetValue(weeklyHours, out var known)) return known;
        var smic = options.SmicForHours?.Invoke(weeklyHours, _today);
        _smicByHours[weeklyHours] = smic;
        return smic;
    }

    /// <summary>
    /// What a base looking annual is measured against: the top of the agreements' scales in the reference data, times the
    /// factor of the observation files' absurd flag (data/README.md). Not the market P90 those files use: a payroll is no
    /// market data, holds other jobs than secretaries, and is often imported into an empty store.
    /// </summary>
    private decimal? HighestAgreementMinimum()
    {
        if (!_highestKnown)
        {
            _highest = options.HighestAgreementMinimum?.Invoke(_today);
            _highestKnown = true;
        }
        return _highest;
    }

    private string Field(string[] fields, PayrollField field)
    {
        var column = header.ColumnOf(field);
        return column >= 0 && column < fields.Length ? fields[column] : "";
    }

    private string? Optional(string[] fields, PayrollField field) => Field(fields, field) is { Length: > 0 } s ? s : null;

    /// <summary>The legal full-time week as the messages write it ("35").</summary>
    private static string FullTime => IngestText.Number(WorkingTime.FullTimeWeeklyHours);

    private static bool Number(string text, out decimal value) => Utf8Text.TryParseDecimal(Encoding.UTF8.GetBytes(text), out value);
}
