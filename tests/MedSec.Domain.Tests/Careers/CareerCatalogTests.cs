using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Domain.Tests.Careers;

public class CareerCatalogTests
{
    private readonly CareerCatalog _catalog = new CatalogBuilder().Build();

    [Fact]
    public void PriorsAddTheMovesToOneTargetAndLeaveTheRestToStaying()
    {
        var priors = _catalog.Priors(CareerRole.Secretary);

        Assert.Equal(0.02, priors[new TransitionTarget(CareerRole.AmaCn)], 12);
        Assert.Equal(0.04, priors[new TransitionTarget(CareerRole.Trainer)], 12);
        Assert.Equal(0.05, priors[new TransitionTarget(CareerRole.Secretary, Specialty.Surgery)], 12);
        Assert.Equal(1 - 0.11, priors[new TransitionTarget(CareerRole.Secretary)], 12);
        Assert.Equal(1.0, priors.Values.Sum(), 12);
    }

    [Fact]
    public void ARoleWithoutMovesStaysWithCertainty()
    {
        var priors = _catalog.Priors(CareerRole.ClinicManager);

        Assert.Equal(1.0, Assert.Single(priors).Value);
    }

    [Fact]
    public void EachRouteToATargetHoldsItsShareOfThePrior()
    {
        var afpa = _catalog.Moves.Single(m => m.Code == "sec-to-trainer");
        var vae = _catalog.Moves.Single(m => m.Code == "sec-to-trainer-vae");

        Assert.Equal(0.25, _catalog.ShareOfTarget(afpa), 12);
        Assert.Equal(0.75, _catalog.ShareOfTarget(vae), 12);
        Assert.Equal(1.0, _catalog.ShareOfTarget(_catalog.Moves.Single(m => m.Code == "sec-to-ama")), 12);
    }

    [Fact]
    public void TheFreelanceRateIsTheOneInForce()
    {
        Assert.Equal(0.246m, _catalog.FreelanceChargeRate(new DateOnly(2025, 12, 31)));
        Assert.Equal(0.256m, _catalog.FreelanceChargeRate(new DateOnly(2026, 1, 1)));
        Assert.Equal(0.256m, _catalog.FreelanceChargeRate(new DateOnly(2040, 6, 1)));
        // Before the first known rate: the first one.
        Assert.Equal(0.246m, _catalog.FreelanceChargeRate(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void PriorsSummingAboveOneAreRefused()
    {
        var builder = new CatalogBuilder().WithMove(CatalogBuilder.Move("too-much", CareerRole.Secretary, CareerRole.Coordinator, 0.95));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("secretary", error.Message);
    }

    [Fact]
    public void AMoveNamingAnUnknownRouteIsRefused()
    {
        var builder = new CatalogBuilder().WithMove(CatalogBuilder.Move("x", CareerRole.Trainer, CareerRole.Coordinator, 0.1, route: "nowhere"));

        Assert.Contains("nowhere", Assert.Throws<InvalidOperationException>(builder.Build).Message);
    }

    [Fact]
    public void EveryRoleMustBeDefined()
    {
        var builder = new CatalogBuilder().WithoutRole(CareerRole.CareCoordinator);

        Assert.Contains("care-coordinator", Assert.Throws<InvalidOperationException>(builder.Build).Message);
    }

    [Fact]
    public void AMoveBackToItsOwnRoleNeedsASpecialty()
    {
        var builder = new CatalogBuilder().WithMove(CatalogBuilder.Move("loop", CareerRole.Trainer, CareerRole.Trainer, 0.1));

        Assert.Throws<InvalidOperationException>(builder.Build);
    }
}
