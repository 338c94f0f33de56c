using System.CommandLine;
using MedSec.Analytics.Careers;
using MedSec.Cli.Output;

namespace MedSec.Cli.Commands;

/// <summary>
/// <c>medsec paths</c>: the career paths from a starting role (or sector) over a horizon, year by year, with cumulative
/// earnings, training and probability, best expected cumulative net first.
/// </summary>
public static class PathsCommands
{
    public static Command Create(CliContext context)
    {
        var region = CommonOptions.Text("--region", "Région (code INSEE : 11, 84, 93…)");
        var experience = CommonOptions.Text("--experience", "Années d'expérience (comptées dans le rôle de départ)");
        var role = CommonOptions.Text("--role", "Rôle de départ : secretary, AMA-CN… AAH-C3, telesecretary, telesecretary-freelance, coordinator…", required: false);
        var sector = CommonOptions.Text("--sector", "Secteur de départ (au lieu du rôle) : public, private, remote", required: false);
        var specialty = CommonOptions.Text("--specialty", "Spécialité (general par défaut)", required: false);
        var years = CommonOptions.Text("--years", "Horizon en années (1 à 40)");
        var date = CommonOptions.Date("--date", "Date de départ (aujourd'hui par défaut)", required: false);
        var command = new Command("paths", "Parcours de carrière : trajectoires, gains cumulés, formation et probabilité de chaque étape")
        {
            region, experience, role, sector, specialty, years, date,
        };
        command.SetAction(parse =>
        {
            var query = CommonOptions.Request(() => PathsRequestParser.Paths(
                parse.GetValue(region), parse.GetValue(experience), parse.GetValue(role), parse.GetValue(sector),
                parse.GetValue(specialty), parse.GetValue(years), parse.GetValue(date), context.Today));
            CareerPathService.Check(context.Services.Pay, query);
            var json = parse.GetValue(CommonOptions.Json);
            if (!json) context.Progress().Write(new Spectre.Console.Text("Calcul des parcours (modèle de transitions)…\n"));
            var careers = context.Services.Careers;
            return context.Emit(json, careers.Paths(query), (console, result) => PathsTables.Paths(console, result, careers.Catalog));
        });
        return command;
    }
}
