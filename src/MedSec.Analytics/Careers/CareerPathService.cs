using System.Globalization;
using MedSec.Analytics.Estimation;
using MedSec.Analytics.Pay;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Analytics.Careers;

/// <summary>
/// The career-paths service: plans the paths (<see cref="PathPlanner"/>), pays them month by month
/// (<see cref="PathSimulator"/>), rolls the months up into yearly steps and totals (<see cref="PathArithmetic"/>), and ranks
/// them by expected cumulative net (p × the path + (1 − p) × staying put).
/// </summary>
public sealed class CareerPathService(
    CareerCatalog catalog,
    ReferenceData reference,
    IPayService pay,
    IMarketPay marketPay,
    ITransitionModel transitions,
    TransitionModelReport report) : ICareerPathService
{
    public CareerCatalog Catalog => catalog;

    public ITransitionModel Transitions => transitions;

    public TransitionModelReport TransitionReport => report;

    public IMarketPay MarketPay => marketPay;

    public PathsResult Paths(PathsQuery query)
    {
        Check(pay, query);

        var planner = new PathPlanner(catalog, transitions, query);
        var simulator = new PathSimulator(catalog, reference, pay, marketPay, query);
        var built = planner.Plans().Select(plan => Build(plan, simulator, planner, query)).ToList();
        var stay = built[0];
        var ranked = built
            .Select(p => p with
            {
                ExpectedCumulativeNet = p.Moves.Count == 0
                    ? p.CumulativeNet
                    : PathArithmetic.Expected(p.Probability, p.CumulativeNet, stay.CumulativeNet),
            })
            .OrderByDescending(p => p.ExpectedCumulativeNet)
            .ThenByDescending(p => p.CumulativeNet)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        return new PathsResult(
            query.Region.Code, query.Experience, CareerRoles.Code(query.Role), CodeBook.Specialties.ToCode(query.Specialty),
            query.Years, query.Start, ranked, report.Summary, marketPay.Name, Warnings(query, built, simulator));
    }

    /// <summary>
    /// Refuses a question the paths cannot answer, before any work: the horizon and the experience out of their limits, a
    /// start before the first SMIC of its territory. The CLI calls it before its progress line, so a refused question
    /// prints its refusal alone.
    /// </summary>
    public static void Check(IPayService pay, PathsQuery query)
    {
        if (query.Years is < 1 or > CareerErrors.MaxYears) throw CareerErrors.YearsOutOfRange(query.Years);
        if (query.Experience is < 0 or > CareerErrors.MaxExperience) throw CareerErrors.ExperienceOutOfRange(query.Experience);
        pay.Smic(query.Start, SmicTerritories.Of(query.Region));
    }

    private CareerPath Build(IReadOnlyList<PlannedMove> plan, PathSimulator simulator, PathPlanner planner, PathsQuery query)
    {
        var (months, incomeLost) = simulator.Run(plan);
        var steps = PathArithmetic.YearlySteps(months, query.Start);
        var probability = plan.Count == 0 ? planner.StayProbability() : plan.Aggregate(1.0, (p, m) => p * m.Probability);
        var training = plan.Where(m => m.Route is not null)
            .Select(m => new PathTraining(m.Route!.Code, m.Route.Label, m.TrainingMonths, m.Route.Funding))
            .ToList();
        return new CareerPath(
            Name(plan, query),
            [.. plan.Select(m => m.Move.Code)],
            steps,
            PathArithmetic.CumulativeGross(steps),
            PathArithmetic.CumulativeNet(steps),
            plan.Sum(m => m.TrainingMonths),
            incomeLost,
            PathArithmetic.Probability(probability),
            0m,
            training);
    }

    private string Name(IReadOnlyList<PlannedMove> plan, PathsQuery query)
    {
        var start = StateCode(query.Role, query.Role == CareerRole.Secretary && query.Specialty != Specialty.General ? query.Specialty : null);
        if (plan.Count == 0) return $"{start} : rester {catalog.Role(query.Role).Label}";
        var roles = plan.Select(m => StateCode(m.Move.To, m.Move.ToSpecialty));
        return $"{string.Join(" → ", roles.Prepend(start))} : {string.Join(" puis ", plan.Select(m => m.Move.Label))}";
    }

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static bool IsDifferential(string warning) =>
        warning.StartsWith("SMIC (", StringComparison.Ordinal) && warning.Contains("indemnité différentielle", StringComparison.Ordinal);

    private static string StateCode(CareerRole role, Specialty? specialty) => new TransitionTarget(role, specialty).Code;

    private List<string> Warnings(PathsQuery query, IReadOnlyList<CareerPath> paths, PathSimulator simulator)
    {
        var warnings = new List<string>();
        warnings.AddRange(marketPay.Caveats);
        if (report.SyntheticHistories)
            warnings.Add("Probabilités estimées sur des parcours synthétiques (l'échantillon généré fourni avec MedSec) : ordres de grandeur, pas des statistiques observées.");
        if (query.SpecialtyAssumed)
            warnings.Add($"Spécialité non précisée : {MedSec.Data.Ingestion.FrenchLabels.Specialty(query.Specialty).ToLower(French)} retenue.");
        if (query.RoleFromSector) warnings.Add($"Rôle de départ déduit du secteur : {CareerRoles.Code(query.Role)}.");
        warnings.Add($"L'expérience ({ProfileLabels.Years(query.Experience)}) est comptée comme ancienneté dans le rôle de départ.");
        // Experience 45 and a 40-year horizon plan 85 years of work: say the end of the plan lies past a full career
        // (durée d'assurance of code de la sécurité sociale art. L161-17-3, careers.csv) rather than show it as a career.
        if (catalog.Parameter(CareerCatalog.FullCareerYearsCode) is var full && query.Experience + query.Years > full)
            warnings.Add($"Expérience ({ProfileLabels.Years(query.Experience)}) et horizon ({ProfileLabels.Years(query.Years)}) " +
                $"font {ProfileLabels.Years(query.Experience + query.Years)} de travail, au-delà d'une carrière complète " +
                $"({full.ToString("0", French)} ans d'assurance, code de la sécurité sociale art. L161-17-3) : les dernières années " +
                "supposent de travailler après l'âge de la retraite.");
        if (paths.Any(p => p.Steps.Any(s => CodeBook.Roles.TryParse(s.Role, out var r) && CareerRoles.IsPublic(r))))
            warnings.Add("Fonction publique : traitement + indemnité de résidence (zone 3) + CTI, sans primes (ISS, prime de service) ; " +
                "promotion classée à l'échelon d'indice égal ou immédiatement supérieur, sans reprise d'ancienneté du privé.");
        if (paths.Any(p => p.Steps.Any(s => s.Role == CareerRoles.Code(CareerRole.TelesecretaryFreelance))))
            warnings.Add($"Indépendant : le brut est le chiffre d'affaires, le net en déduit le taux micro-social " +
                $"({(catalog.FreelanceChargeRate(query.Start) * 100m).ToString("0.0", French)} % au départ), avant impôt et frais professionnels.");
        // The public timeline repeats its warnings per échelon (one per differential amount): one line says it once.
        var pay = simulator.Warnings.Distinct().ToList();
        var differentials = pay.Where(IsDifferential).ToList();
        warnings.AddRange(pay.Where(w => !IsDifferential(w)));
        if (differentials.Count > 0)
            warnings.Add(differentials.Count == 1 ? differentials[0]
                : "SMIC supérieur au traitement de base des bas échelons : indemnité différentielle versée (décret 91-769), comprise dans les montants.");
        return warnings.Distinct().ToList();
    }
}
