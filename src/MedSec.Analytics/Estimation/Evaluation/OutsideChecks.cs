using System.Globalization;
using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Pay;
using MedSec.Data.Frames;
using MedSec.Data.Reference;
using MedSec.Data.Sample;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Estimation.Evaluation;

/// <summary>
/// Builds the <see cref="OutsideCheck"/>. The model's distribution of a population is the mixture of its profiles'
/// predictive distributions: for every private-sector observation of the data, the profile's 99 calibrated percentiles
/// (P1 … P99, before the legal floor); the population's percentiles are the type 7 percentiles of all those values.
/// </summary>
public static class OutsideChecks
{
    /// <summary>PCS 542A figures are annual net / 12 for 2023: converted with the rates in force in mid-2023.</summary>
    public static readonly DateOnly ConversionDate = new(2023, 7, 1);

    private static readonly string[] Quantiles = ["p10", "p25", "p50", "p75", "p90"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The check, or null when market_figures.csv cannot be read or no private observation exists.</summary>
    public static OutsideCheck? Run(PayEstimator estimator, TrainingSet data, IPayService pay, MarketFigures? figures = null)
    {
        try
        {
            figures ??= MarketFigures.LoadDefault();
        }
        catch (ReferenceDataException)
        {
            return null;
        }
        var privateRows = data.Rows.Where(r => r.Sector == Sector.Private).ToList();
        if (privateRows.Count == 0) return null;
        var byId = figures.All.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var mixture = Mixture(estimator.PayModel, privateRows);
        var frame = ObservationFrame.From([.. privateRows.Select(r => r.ToObservation())]);

        var national = new List<OutsideComparison>();
        var all = mixture.SelectMany(m => m.Values).ToArray();
        var observed = frame.Percentiles(new PercentileQuery(Probabilities: [0.10m, 0.25m, 0.50m, 0.75m, 0.90m], K: 1)).Cells[0].Values!;
        for (var q = 0; q < Quantiles.Length; q++)
        {
            if (!byId.TryGetValue($"pcs542a_net_{Quantiles[q]}", out var figure)) continue;
            var p = double.Parse(Quantiles[q][1..], CultureInfo.InvariantCulture) / 100d;
            var outside = pay.GrossFromNet(figure.Value, Sector.Private, ConversionDate);
            national.Add(Compare(Quantiles[q].ToUpperInvariant(), Percentiles.Type7(all, p), observed[q], outside, figure));
        }

        var regional = new List<OutsideComparison>();
        foreach (var figure in figures.All.Where(f => f.Id.StartsWith("jobboard_mean_", StringComparison.Ordinal)))
        {
            var region = figure.RegionCode;
            var values = mixture.Where(m => region is null || m.Region == region).SelectMany(m => m.Values).ToArray();
            if (values.Length == 0) continue;
            var filter = region is null ? null : new ObservationFilter(Region: new Region(region));
            var median = frame.Percentiles(new PercentileQuery(filter, Probabilities: [0.50m], K: 1)).Cells[0].Values![0];
            var name = region is null ? "France" : $"{CodeBook.RegionNames.GetValueOrDefault(region, region)} ({region})";
            regional.Add(Compare(name, Percentiles.Type7(values, 0.5d), median, figure.Value, figure));
        }

        var to = data.Rows.Max(r => r.Date);
        return new OutsideCheck(national, regional, ConversionDate, Notes(pay, national, regional, to));
    }

    private static List<(string Region, double[] Values)> Mixture(PayModel model, List<ModelRow> rows)
    {
        var grid = IntervalCalibration.Grid.ToArray();
        var result = new List<(string, double[])>(rows.Count);
        using var lease = model.Rent();
        var features = new PayFeatureRow();
        foreach (var row in rows)
        {
            var (resolved, _) = model.Statistics.Resolve(row.ToProfile());
            var (logMedian, spread) = PayModel.Raw(lease.Engine, FeatureEncoding.Fill(features, resolved));
            result.Add((row.Region.Code, model.Percentiles(logMedian, spread, row.Sector, model.Statistics.CellCount(resolved), grid)));
        }
        return result;
    }

    private static OutsideComparison Compare(string measure, double model, decimal sample, decimal outside, MarketFigure figure)
    {
        var m = Math.Round((decimal)model, 0, MidpointRounding.AwayFromZero);
        var o = Math.Round(outside, 0, MidpointRounding.AwayFromZero);
        var gap = m - o;
        return new OutsideComparison(measure, m, Math.Round(sample, 0, MidpointRounding.AwayFromZero), o, figure.Value, gap,
            Math.Round((double)(gap / o) * 100d, 1), figure.Id);
    }

    private static List<string> Notes(IPayService pay, List<OutsideComparison> national, List<OutsideComparison> regional, DateOnly dataTo)
    {
        var notes = new List<string>();
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"PCS 542A : salaires nets 2023 en équivalent temps plein (net annuel / 12, primes et 13e mois compris) de toutes les secrétaires du privé, convertis en brut aux taux du {ConversionDate:yyyy-MM-dd}."));
        // National figures (PCS 542A, the job boards' régions 11, 84, 27): the métropole's SMIC.
        var growth = pay.SmicMonthly(dataTo, SmicTerritory.Metropole) / pay.SmicMonthly(ConversionDate, SmicTerritory.Metropole) - 1m;
        if (Math.Abs(growth) >= 0.005m)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Le SMIC a changé de {(growth * 100m).ToString("+0.0;-0.0", French)} % entre le {ConversionDate:yyyy-MM-dd} et la dernière observation ({dataTo:yyyy-MM-dd}) : un écart de cet ordre vient de la date, pas du modèle."));
        if (national.Count > 0)
        {
            var worst = national.MaxBy(n => Math.Abs(n.GapPercent))!;
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Privé national : le plus grand écart est au {worst.Measure} ({worst.GapPercent.ToString("+0.0;-0.0;0.0", French)} %). L'échantillon synthétique est calibré sur ces percentiles de la PCS 542A : l'accord vérifie que le modèle reproduit sa distribution, ce n'est pas une validation indépendante. La PCS 542A couvre toutes les secrétaires du privé, pas seulement médicales."));
            var sample = national.MaxBy(n => Math.Abs(n.Model - n.Sample))!;
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Modèle et échantillon s'écartent surtout au {sample.Measure} ({(sample.Model - sample.Sample).ToString("+0;-0;0", French)} €) : le modèle lisse les queues (beaucoup de salaires de l'échantillon sont au plancher légal, et les plus hauts salaires ne dépendent pas seulement du profil)."));
        }
        if (regional.Count > 0)
        {
            var smic = pay.SmicMonthly(dataTo, SmicTerritory.Metropole);
            var below = regional.Where(r => r.Outside < smic).Select(r => r.Measure).ToList();
            var mean = regional.Average(r => r.GapPercent);
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Moyennes des sites d'emploi (Indeed, non datées, méthode inconnue, confiance faible) : le modèle est en moyenne {mean.ToString("+0;-0;0", French)} % au-dessus. Une moyenne d'offres d'emploi (souvent des postes de débutant, parfois à temps partiel) n'est pas une médiane des salaires en poste{(below.Count > 0 ? $" ; {string.Join(", ", below)} : un montant sous le SMIC de {dataTo:yyyy} ({smic.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')} €), donc pas un salaire à temps plein" : "")}. Ces écarts disent que l'échantillon pourrait surestimer les salaires des offres publiées ; ils ne se corrigent pas par le modèle mais par des données réelles importées."));
        }
        return notes;
    }
}
