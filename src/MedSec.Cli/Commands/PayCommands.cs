using System.CommandLine;
using MedSec.Analytics.Pay;
using MedSec.Cli.Output;
using MedSec.Cli.Parsing;
using MedSec.Domain.Codes;

namespace MedSec.Cli.Commands;

/// <summary><c>medsec pay public|floor|net</c>: the pay rules of DESIGN.md's contract.</summary>
public static class PayCommands
{
    public static Command Create(CliContext context)
    {
        var pay = new Command("pay", "Règles de paie : grille publique, plancher légal privé, brut → net");
        pay.Subcommands.Add(Public(context));
        pay.Subcommands.Add(Floor(context));
        pay.Subcommands.Add(Net(context));
        return pay;
    }

    private static Command Public(CliContext context)
    {
        var grade = CommonOptions.Code("--grade", "Grade : AMA-CN, AMA-CS, AMA-CE, AAH-C1, AAH-C2, AAH-C3", required: true);
        var echelon = CommonOptions.Integer("--echelon", "Échelon (1 = premier)");
        var date = CommonOptions.Date("--date", "Date de paie");
        var zone = CommonOptions.Code("--zone", "Zone d'indemnité de résidence : 1 (3 %), 2 (1 %), 3 (0 %, par défaut)");
        var noCti = new Option<bool>("--no-cti") { Description = "Sans le complément de traitement indiciaire (CTI, Ségur)" };
        var command = new Command("public", "Rémunération d'un fonctionnaire hospitalier à une date") { grade, echelon, date, zone, noCti };
        command.SetAction(parse =>
        {
            var query = new PublicPayQuery(
                RequestCodes.Parse(CodeBook.Grades, parse.GetValue(grade), "grade"),
                parse.GetValue(echelon),
                parse.GetValue(date),
                RequestCodes.Parse(CodeBook.Zones, parse.GetValue(zone) ?? "3", "residence zone"),
                IncludeCti: !parse.GetValue(noCti));
            return context.Emit(parse.GetValue(CommonOptions.Json), context.Services.Pay.PublicPay(query), Tables.PublicPay);
        });
        return command;
    }

    private static Command Floor(CliContext context)
    {
        var agreement = CommonOptions.Code("--agreement", "Convention collective (IDCC) : 1147, 2264, 29, 2098", required: true);
        var level = CommonOptions.Code("--level", "Niveau propre à la convention (IDCC 1147 : positionnement 4–16 ; 2098, 2264 : coefficient)", required: true);
        var date = CommonOptions.Date("--date", "Date");
        var hours = CommonOptions.Decimal("--weekly-hours", "Heures par semaine (35 par défaut)", required: false);
        var command = new Command("floor", "Plancher légal privé : max(SMIC, minimum conventionnel)") { agreement, level, date, hours };
        command.SetAction(parse =>
        {
            var query = new FloorQuery(
                RequestCodes.Parse(CodeBook.Agreements, parse.GetValue(agreement), "agreement"),
                parse.GetValue(level) ?? "",
                parse.GetValue(date),
                parse.GetResult(hours) is null ? 35m : parse.GetValue(hours));
            return context.Emit(parse.GetValue(CommonOptions.Json), context.Services.Pay.Floor(query), Tables.Floor);
        });
        return command;
    }

    private static Command Net(CliContext context)
    {
        var gross = CommonOptions.Decimal("--gross", "Brut mensuel (€)");
        var sector = CommonOptions.Code("--sector", "Secteur : public, private, remote", required: true);
        var date = CommonOptions.Date("--date", "Date (aujourd'hui par défaut)", required: false);
        var command = new Command("net", "Brut → net avant impôt") { gross, sector, date };
        command.SetAction(parse =>
        {
            var query = new NetQuery(
                parse.GetValue(gross),
                RequestCodes.Parse(CodeBook.Sectors, parse.GetValue(sector), "sector"),
                parse.GetResult(date) is null ? context.Today : parse.GetValue(date));
            return context.Emit(parse.GetValue(CommonOptions.Json), context.Services.Pay.Net(query), Tables.Net);
        });
        return command;
    }
}
