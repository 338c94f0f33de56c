using MedSec.Analytics.Pay;
using MedSec.Data.Frames;
using MedSec.Data.Ingestion;
using MedSec.Data.Sample;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Sample;

/// <summary>
/// The calibration table of the sample: each published target, what the sample gives, the gap. Pay is compared as the
/// ingestion normalises it (full-time monthly gross, 12 months); percentiles are the DataFrame layer's (type 7).
/// </summary>
public sealed class SampleCalibration(IPayService pay, SampleParameters parameters, MarketFigures figures)
{
    /// <summary>The tolerance of the binding point targets: ±5 %.</summary>
    public const decimal Tolerance = 0.05m;

    public IReadOnlyList<CalibrationRow> Table(IReadOnlyList<Observation> observations)
    {
        var generator = new SampleGenerator(pay, parameters, figures);
        var rows = new List<CalibrationRow>();
        var privateRows = observations.Where(o => o.Sector == Sector.Private).ToList();
        var remote = observations.Where(o => o.Sector == Sector.Remote).ToList();
        var privateGross = Gross(privateRows);
        const string Pcs = "PCS 542A 2023, net EQTP (market_figures.csv), converti en brut par le service de paie";

        foreach (var target in generator.PrivateTargets())
        {
            // Shown to a reader (notebook 02, regenerate.cs) beside French figures: « 1 908,60 € », not the ingestion's
            // « 1908,60 € » of its rejection messages.
            var label = FrenchMessage.ForReader($"privé P{target.Probability * 100m:0} (net {IngestText.Euros(target.Net)})");
            rows.Add(Point(label, target.Gross, Percentile(privateGross, target.Probability), true, Pcs));
        }

        // The trade articles' "from the SMIC" is the métropole's (they write of France as a whole).
        var smic = pay.SmicMonthly(parameters.Date("target_conversion_date"), SmicTerritory.Metropole);
        var beginners = privateRows.Where(o => o.ExperienceYears <= 2).ToList();
        rows.Add(Range("privé, médiane 0–2 ans", smic, figures["trade_private_beginner_max"].Value, Median(beginners),
            "articles spécialisés : du SMIC à 1 900 € pour une débutante (irist.fr, issue 4)"));
        var experienced = privateRows.Where(o => o.ExperienceYears >= 10).ToList();
        rows.Add(Range("privé, médiane 10 ans et plus", figures["trade_private_experienced_min"].Value,
            figures["trade_private_experienced_max"].Value, Median(experienced), "articles spécialisés : 2 200–2 500 € avec de l'expérience (irist.fr)"));
        Specialty[] specialties = [Specialty.Cardiology, Specialty.Radiology, Specialty.Surgery, Specialty.Ophthalmology, Specialty.Gynaecology];
        var specialists = privateRows.Where(o => o.Specialty is { } s && specialties.Contains(s) && o.ExperienceYears >= 3).ToList();
        rows.Add(Range("privé, médiane des spécialités, 3 ans et plus", figures["trade_specialist_min"].Value, decimal.MaxValue,
            Median(specialists), "articles spécialisés : spécialités à partir de 2 200 € (issue 4)"));
        rows.Add(Point("télésecrétariat, médiane 0–2 ans", figures["trade_remote_beginner"].Value,
            Median(remote.Where(o => o.ExperienceYears <= 2).ToList()), false, "articles spécialisés : télésecrétariat à partir de 1 800 € (issue 4)"));
        rows.Add(Point("télésecrétariat, médiane 10 ans et plus", figures["trade_remote_experienced"].Value,
            Median(remote.Where(o => o.ExperienceYears >= 10).ToList()), false, "articles spécialisés : télésecrétariat jusqu'à 2 300 € (issue 4)"));

        var idf = privateRows.Where(o => o.Region.Code == "11").ToList();
        var jobBoardRatio = Math.Round(figures["jobboard_mean_11"].Value / figures["jobboard_mean_fr"].Value, 3, MidpointRounding.AwayFromZero);
        rows.Add(Point("privé, moyenne Île-de-France ÷ moyenne France", jobBoardRatio, Math.Round(Mean(idf) / Mean(privateRows), 3, MidpointRounding.AwayFromZero),
            false, "moyennes d'un site d'emploi : 2 027 € ÷ 1 775 € (Indeed, non daté, confiance faible)"));

        var cabinetHours = privateRows.Where(o => o.Employer == EmployerType.Cabinet).Select(o => o.WeeklyHours ?? WorkingTime.FullTimeWeeklyHours).ToList();
        rows.Add(Point("heures hebdomadaires moyennes, secrétaires de cabinet", figures["practice_secretary_weekly_hours"].Value,
            Math.Round(cabinetHours.Average(), 2, MidpointRounding.AwayFromZero), false, "enquête URPS Rhône-Alpes : 27 h par semaine"));

        var below = privateRows.Concat(remote).Count(o => FullTime(o) < generator.FloorOf(o.Employer!.Value, o.ExperienceYears ?? 0m, o.Date, o.Region));
        rows.Add(new CalibrationRow("lignes privées et de télésecrétariat sous leur plancher légal", 0m, 0m, 0m, below, true,
            "SMIC (celui de Mayotte pour ses lignes) et minima conventionnels (data/reference) à la date et au niveau de chaque ligne"));
        return rows;
    }

    /// <summary>The full-time monthly gross of an observation, as the ingestion computes it.</summary>
    public static decimal FullTime(Observation o) =>
        ObservationNormaliser.Cents(ObservationNormaliser.FullTimeMonthly(o.PayAmount, o.PayBasis, o.MonthsPaid, o.WeeklyHours));

    private static decimal[] Gross(IEnumerable<Observation> rows) => [.. rows.Select(FullTime)];

    private static decimal Percentile(decimal[] values, decimal p) =>
        values.Length == 0 ? 0m : ObservationNormaliser.Cents(Percentiles.Type7(values, p));

    private static decimal Median(IReadOnlyList<Observation> rows) => Percentile(Gross(rows), 0.5m);

    private static decimal Mean(IReadOnlyList<Observation> rows) => rows.Count == 0 ? 0m : rows.Average(FullTime);

    private static CalibrationRow Point(string measure, decimal target, decimal generated, bool binding, string source) =>
        new(measure, target, target * (1m - Tolerance), target * (1m + Tolerance), generated, binding, source);

    private static CalibrationRow Range(string measure, decimal low, decimal high, decimal generated, string source) =>
        new(measure, high == decimal.MaxValue ? low : (low + high) / 2m, low, high, generated, false, source) { IsPoint = false };
}
