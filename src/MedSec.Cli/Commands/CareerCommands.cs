using System.CommandLine;
using MedSec.Analytics.Pay;
using MedSec.Cli.Output;

namespace MedSec.Cli.Commands;

/// <summary><c>medsec career public</c>: the échelon timeline of one grade (no grade promotion).</summary>
public static class CareerCommands
{
    public static Command Create(CliContext context)
    {
        var career = new Command("career", "Carrières : avancement d'échelon dans la fonction publique hospitalière");
        career.Subcommands.Add(Public(context));
        return career;
    }

    private static Command Public(CliContext context)
    {
        var grade = CommonOptions.Text("--grade", "Grade : AMA-CN, AMA-CS, AMA-CE, AAH-C1, AAH-C2, AAH-C3");
        var start = CommonOptions.Date("--start", "Date d'entrée dans l'échelon de départ");
        var years = CommonOptions.Text("--years", "Nombre d'années (1 à 50)");
        var echelon = CommonOptions.Text("--echelon", "Échelon de départ (1 par défaut)", required: false);
        var command = new Command("public", "Échelons successifs d'un grade à partir d'une date") { grade, start, years, echelon };
        command.SetAction(parse =>
        {
            var query = CommonOptions.Request(() => PayRequestParser.PublicCareer(
                parse.GetValue(grade), parse.GetValue(start), parse.GetValue(years), parse.GetValue(echelon)));
            return context.Emit(parse.GetValue(CommonOptions.Json), context.Services.Pay.PublicCareer(query), Tables.Career);
        });
        return command;
    }
}
