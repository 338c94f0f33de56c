using MedSec.Analytics.Careers;
using MedSec.Analytics.Estimation;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using Spectre.Console;

namespace MedSec.Cli.Output;

/// <summary>
/// The readable output of <c>medsec paths</c>: the ranking, then the yearly monthly gross of the best paths. Roles and the
/// région are named in French (<see cref="PathNames"/>); their codes are the JSON's.
/// </summary>
public static class PathsTables
{
    private const int PathsByYear = 5;
    private const int AllYearsUpTo = 12;

    public static void Paths(IAnsiConsole console, PathsResult result, CareerCatalog catalog)
    {
        console.Write(new Text(
            $"Parcours depuis {PathNames.StartingRole(catalog, result)}, {ProfileLabels.Experience(result.Experience)}, " +
            $"{CodeBook.RegionNames.GetValueOrDefault(result.Region, result.Region)} ({result.Region}), " +
            $"{ProfileLabels.Years(result.Years)} à partir du {French.Date(result.Start)}\n", new Style(decoration: Decoration.Bold)));

        var ranking = new Table { Border = TableBorder.Rounded };
        ranking.AddColumn(new TableColumn("Rang").RightAligned());
        ranking.AddColumn("Parcours");
        ranking.AddColumn(new TableColumn("Probabilité").RightAligned());
        ranking.AddColumn(new TableColumn("Net cumulé").RightAligned());
        ranking.AddColumn(new TableColumn("Net cumulé espéré").RightAligned());
        ranking.AddColumn(new TableColumn("Brut cumulé").RightAligned());
        ranking.AddColumn(new TableColumn("Formation (mois)").RightAligned());
        ranking.AddColumn(new TableColumn("Revenu perdu").RightAligned());
        var rank = 0;
        foreach (var path in result.Paths)
        {
            ranking.AddRow(
                new Text((++rank).ToString(French.Culture)), Name(catalog, result, path), new Text(French.Percent(path.Probability)),
                new Text(French.Money(path.CumulativeNet)), new Text(French.Money(path.ExpectedCumulativeNet)),
                new Text(French.Money(path.CumulativeGross)), new Text(path.TrainingMonths.ToString(French.Culture)),
                new Text(French.Money(path.IncomeLostToTraining)));
        }
        console.Write(ranking);

        var years = Years(result.Years);
        var byYear = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Brut mensuel moyen par année (rangs 1 à 5)") };
        byYear.AddColumn(new TableColumn("Rang").RightAligned());
        foreach (var year in years) byYear.AddColumn(new TableColumn($"An {year}").RightAligned());
        rank = 0;
        foreach (var path in result.Paths.Take(PathsByYear))
        {
            var cells = years.Select(y => new Text(French.Money(path.Steps[y - 1].MonthlyGross))).Prepend(new Text((++rank).ToString(French.Culture)));
            byYear.AddRow(cells);
        }
        console.Write(byYear);

        foreach (var training in result.Paths.SelectMany(p => p.Training).DistinctBy(t => t.Code))
            console.Write(new Text($"{training.Label} : {training.Months} mois ; financement : {training.Funding}.\n"));
        console.Write(new Text($"Modèle de transitions : {ModelLabels.Transitions(result.TransitionModel)}. Salaires de marché : {ModelLabels.MarketPay(result.MarketPay)}.\n"));
        foreach (var warning in result.Warnings)
            console.Write(new Text(French.Warning(warning), new Style(Color.Yellow)));
    }

    /// <summary>The path's title, then the roles it goes through.</summary>
    private static Rows Name(CareerCatalog catalog, PathsResult result, CareerPath path) =>
        new(new Text(PathNames.Title(path)), new Text(string.Join(" → ", PathNames.Roles(catalog, result, path)), new Style(decoration: Decoration.Dim)));

    /// <summary>Every year up to 12 years; beyond, years 1, 5, 10, … and the last.</summary>
    private static IReadOnlyList<int> Years(int horizon) =>
        horizon <= AllYearsUpTo
            ? [.. Enumerable.Range(1, horizon)]
            : [.. Enumerable.Range(1, horizon).Where(y => y == 1 || y % 5 == 0 || y == horizon)];
}
