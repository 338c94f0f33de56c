using System.CommandLine;
using MedSec.Analytics.Pay;
using MedSec.Cli.Output;

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
        var grade = CommonOptions.Text("--grade", "Grade : AMA-CN, AMA-CS, AMA-CE, AAH-C1, AAH-C2, AAH-C3");
        var echelon = CommonOptions.Text("--echelon", "Échelon (1 = premier)");
        var date = CommonOptions.Date("--date", "Date de paie");
        var zone = CommonOptions.Text("--zone", "Zone d'indemnité de résidence : 1 (3 %), 2 (1 %), 3 (0 %, par défaut)", required: false);
        var noCti = new Option<bool>("--no-cti") { Description = "Sans le complément de traitement indiciaire (CTI, Ségur)" };
        var command = new Command("public", "Rémunération d'un fonctionnaire hospitalier à une date") { grade, echelon, date, zone, noCti };
        command.SetAction(parse =>
        {
            var query = CommonOptions.Request(() => PayRequestParser.PublicPay(
                parse.GetValue(grade), parse.GetValue(echelon), parse.GetValue(date), parse.GetValue(zone), parse.GetValue(noCti)));
            return context.Emit(parse.GetValue(CommonOptions.Json), context.Services.Pay.PublicPay(query), Tables.PublicPay);
        });
        return command;
    }

    private static Command Floor(CliContext context)
    {
        var agreement = CommonOptions.Text("--agreement", "Convention collective (IDCC) : 1147, 2264, 29, 2098");
        var level = CommonOptions.Text("--level", "Niveau propre à la convention (IDCC 1147 : positionnement 4–16 ; 2098, 2264 : coefficient)");
        var date = CommonOptions.Date("--date", "Date");
        var hours = CommonOptions.Text("--weekly-hours", "Heures par semaine (35 par défaut)", required: false);
        var region = CommonOptions.Text("--region",
            "Région (code INSEE) : son SMIC, celui de Mayotte (06) lui étant propre ; sans elle, le SMIC de la métropole", required: false);
        var command = new Command("floor", "Plancher légal privé : max(SMIC, minimum conventionnel)") { agreement, level, date, hours, region };
        command.SetAction(parse =>
        {
            var query = CommonOptions.Request(() => PayRequestParser.Floor(
                parse.GetValue(agreement), parse.GetValue(level), parse.GetValue(date), parse.GetValue(hours), parse.GetValue(region)));
            return context.Emit(parse.GetValue(CommonOptions.Json), context.Services.Pay.Floor(query), Tables.Floor);
        });
        return command;
    }

    private static Command Net(CliContext context)
    {
        var gross = CommonOptions.Text("--gross", "Brut mensuel (€), ex. 2000 ou 2000,50");
        var sector = CommonOptions.Text("--sector", "Secteur : public, private, remote");
        var date = CommonOptions.Date("--date", "Date (aujourd'hui par défaut)", required: false);
        var command = new Command("net", "Brut → net avant impôt") { gross, sector, date };
        command.SetAction(parse =>
        {
            var query = CommonOptions.Request(() => PayRequestParser.Net(
                parse.GetValue(gross), parse.GetValue(sector), parse.GetValue(date), context.Today));
            return context.Emit(parse.GetValue(CommonOptions.Json), context.Services.Pay.Net(query), Tables.Net);
        });
        return command;
    }
}
