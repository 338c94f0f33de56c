using MedSec.Analytics.Careers;
using MedSec.Data.Careers;
using MedSec.Domain.Careers;

namespace MedSec.Web.Tests.Infrastructure;

/// <summary>
/// A career-paths service over the real catalogue (careers.csv) that answers two hand-made paths: become a trainer after
/// 9 months of training (rank 1) or stay (rank 2); it records the query.
/// </summary>
public sealed class StubCareers : ICareerPathService
{
    public static readonly CareerCatalog RealCatalog = CareerCatalogLoader.LoadDefault();

    public PathsQuery? Asked { get; private set; }

    public CareerCatalog Catalog => RealCatalog;

    public ITransitionModel Transitions => throw new NotSupportedException();

    public TransitionModelReport TransitionReport => new("comptage", 1.2, null, 10, 5, 2, SyntheticHistories: true);

    public IMarketPay MarketPay { get; } = new ProvisionalPay();

    public PathsResult Paths(PathsQuery query)
    {
        Asked = query;
        PathStep Step(int year, string role, decimal gross, int training = 0) =>
            new(year, query.Start.AddYears(year - 1), role, null, gross, Math.Round(gross * 0.78m, 2), training);
        var trainer = new CareerPath("secretary → trainer : Formateur·rice (formation AFPA de formateur)", ["secretary-to-trainer"],
            [Step(1, "secretary", 2000m, 9), Step(2, "trainer", 2600m)], 55200m, 43056m, 9, 1500m, 0.0855m, 42000m,
            [new PathTraining("afpa", "Formation AFPA à temps plein", 9, "CPF, Transitions Pro")]);
        var stay = new CareerPath("secretary : rester Secrétaire médical(e) en cabinet ou en clinique", [],
            [Step(1, "secretary", 2000m), Step(2, "secretary", 2050m)], 48600m, 37908m, 0, 0m, 0.2279m, 37908m, []);
        return new PathsResult(query.Region.Code, query.Experience, CodeBook.Roles.ToCode(query.Role),
            CodeBook.Specialties.ToCode(query.Specialty), query.Years, query.Start, [trainer, stay], "comptage", "règle provisoire",
            ["Probabilités estimées sur des parcours synthétiques."]);
    }

    private sealed class ProvisionalPay : IMarketPay
    {
        public string Name => "règle provisoire";

        public bool IsProvisional => true;

        public IReadOnlyList<string> Caveats => ["Règle provisoire de test."];

        public decimal MonthlyGross(MarketProfile profile) => 2000m;
    }
}
