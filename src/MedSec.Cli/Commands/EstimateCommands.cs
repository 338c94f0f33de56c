using System.CommandLine;
using MedSec.Analytics.Estimation;
using MedSec.Cli.Output;

namespace MedSec.Cli.Commands;

/// <summary>
/// <c>medsec estimate</c> (market pay of a profile), <c>medsec train</c> (retrain on the sample and the imported
/// observations, save) and <c>medsec evaluate</c> (scores and outside check). Which model answers — saved, or trained
/// from the bundled sample because none is saved — is said on stderr and in the result's <c>model</c>.
/// </summary>
public static class EstimateCommands
{
    public static Command Estimate(CliContext context)
    {
        var sector = CommonOptions.Text("--sector", "Secteur : public, private, remote");
        var region = CommonOptions.Text("--region", "Région (code INSEE : 11, 84, 93…)");
        var experience = CommonOptions.Text("--experience", "Années d'expérience (0 à 50)");
        var specialty = CommonOptions.Text("--specialty", "Spécialité : general, cardiology, paediatrics, surgery, radiology, ophthalmology, gynaecology, other", required: false);
        var employer = CommonOptions.Text("--employer", "Employeur : cabinet, clinique, hopital, centre-sante, ehpad, medico-social, telesecretariat", required: false);
        var size = CommonOptions.Text("--size", "Taille : 1-9, 10-49, 50-249, 250+", required: false);
        var contract = CommonOptions.Text("--contract", "Contrat : cdi, cdd, interim, freelance", required: false);
        var hours = CommonOptions.Text("--weekly-hours", "Heures par semaine (35 par défaut) : les montants sont aussi donnés pour ces heures", required: false);
        var date = CommonOptions.Date("--date", "Date du plancher légal (aujourd'hui par défaut)", required: false);
        var command = new Command("estimate", "Salaire de marché d'un profil : médiane, P10–P90, plancher légal, explication")
        {
            sector, region, experience, specialty, employer, size, contract, hours, date,
        };
        command.SetAction(parse =>
        {
            var profile = CommonOptions.Request(() => EstimateRequestParser.Profile(
                parse.GetValue(sector), parse.GetValue(region), parse.GetValue(experience), parse.GetValue(specialty),
                parse.GetValue(employer), parse.GetValue(size), parse.GetValue(contract), parse.GetValue(hours), parse.GetValue(date)));
            var estimates = Attach(context);
            return context.Emit(parse.GetValue(CommonOptions.Json), estimates.Estimate(profile), EstimateTables.Estimate);
        });
        return command;
    }

    public static Command Train(CliContext context)
    {
        var command = new Command("train", "Réentraîne le modèle de salaire (échantillon + observations importées) et l'enregistre");
        command.SetAction(parse => context.Emit(parse.GetValue(CommonOptions.Json), Attach(context).Train(), EstimateTables.Report));
        return command;
    }

    public static Command Evaluate(CliContext context)
    {
        var command = new Command("evaluate", "Évalue le modèle : erreur, couverture de l'intervalle à 80 %, comparaison avec des chiffres publiés");
        command.SetAction(parse => context.Emit(parse.GetValue(CommonOptions.Json), Attach(context).Evaluate(), EstimateTables.Report));
        return command;
    }

    /// <summary>The estimate service, its progress lines (which model, training) sent to stderr.</summary>
    private static EstimateService Attach(CliContext context)
    {
        var estimates = context.Services.Estimates;
        estimates.Log = line => context.Err.WriteLine($"medsec: {line}");
        return estimates;
    }
}
