using System.CommandLine;
using MedSec.Analytics.Pay;
using MedSec.Cli.Output;
using MedSec.Cli.Parsing;
using MedSec.Domain.Codes;

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
        var grade = CommonOptions.Code("--grade", "Grade : AMA-CN, AMA-CS, AMA-CE, AAH-C1, AAH-C2, AAH-C3", required: true);
        var start = CommonOptions.Date("--start", "Date d'entrée dans l'échelon de départ");
        var years = CommonOptions.Integer("--years", "Nombre d'années");
        var echelon = CommonOptions.Integer("--echelon", "Échelon de départ (1 par défaut)", required: false);
        var command = new Command("public", "Échelons successifs d'un grade à partir d'une date") { grade, start, years, echelon };
        command.SetAction(parse =>
        {
            var query = new PublicCareerQuery(
                RequestCodes.Parse(CodeBook.Grades, parse.GetValue(grade), "grade"),
                parse.GetValue(start),
                parse.GetValue(years),
                parse.GetResult(echelon) is null ? 1 : parse.GetValue(echelon));
            return context.Emit(parse.GetValue(CommonOptions.Json), context.Services.Pay.PublicCareer(query), Tables.Career);
        });
        return command;
    }
}
