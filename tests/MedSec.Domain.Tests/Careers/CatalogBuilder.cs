using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Domain.Tests.Careers;

/// <summary>A small in-memory careers catalog: every role, a few moves and routes, one charge rate; tests add or change rows.</summary>
public sealed class CatalogBuilder
{
    private readonly List<RoleDefinition> _roles = [.. Enum.GetValues<CareerRole>().Select(Role)];
    private readonly List<CareerMove> _moves =
    [
        Move("sec-to-ama", CareerRole.Secretary, CareerRole.AmaCn, 0.02, requirement: MoveRequirement.Concours, delay: 1m),
        Move("sec-to-trainer", CareerRole.Secretary, CareerRole.Trainer, 0.01, minYears: 5, route: "afpa"),
        Move("sec-to-trainer-vae", CareerRole.Secretary, CareerRole.Trainer, 0.03, minYears: 2, route: "vae"),
        Move("sec-surgery", CareerRole.Secretary, CareerRole.Secretary, 0.05, specialty: Specialty.Surgery),
        Move("cn-to-cs", CareerRole.AmaCn, CareerRole.AmaCs, 0.06, minYears: 3, requirement: MoveRequirement.Promotion),
    ];
    private readonly List<TrainingRoute> _routes =
    [
        new("afpa", "AFPA", 9, PayDuringTraining.None, "CPF", "assumption", "test"),
        new("vae", "VAE", 10, PayDuringTraining.Current, "CPF", "derived", "test"),
    ];
    private readonly List<DatedValue> _values =
    [
        new("charge", CareerCatalog.FreelanceChargeCode, "micro", 0.246m, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "sourced", "test"),
        new("charge", CareerCatalog.FreelanceChargeCode, "micro", 0.256m, new DateOnly(2026, 1, 1), null, "sourced", "test"),
        new("parameter", CareerCatalog.PriorStrengthCode, "kappa", 20m, null, null, "assumption", "test"),
    ];

    public static CareerMove Move(
        string code, CareerRole from, CareerRole to, double probability, int minYears = 0, string? route = null,
        Specialty? specialty = null, MoveRequirement requirement = MoveRequirement.None, decimal delay = 0m) =>
        new(code, code, from, to, specialty, minYears, route is null ? requirement : MoveRequirement.Qualification, route, delay, probability, "assumption", "test");

    public CatalogBuilder WithMove(CareerMove move)
    {
        _moves.Add(move);
        return this;
    }

    public CatalogBuilder WithoutRole(CareerRole role)
    {
        _roles.RemoveAll(r => r.Role == role);
        return this;
    }

    public CatalogBuilder WithRoute(TrainingRoute route)
    {
        _routes.Add(route);
        return this;
    }

    public CareerCatalog Build() => new(_roles, _moves, _routes, _values);

    private static RoleDefinition Role(CareerRole role) =>
        CareerRoles.IsPublic(role)
            ? new RoleDefinition(role, CareerRoles.Code(role), PayBasis.Grid, null, null, "sourced", "test")
            : new RoleDefinition(role, CareerRoles.Code(role), role == CareerRole.TelesecretaryFreelance ? PayBasis.Freelance : PayBasis.MarketPrivate,
                null, 1m, "assumption", "test");
}
