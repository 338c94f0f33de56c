using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Analytics.Careers;
using MedSec.Data.Careers;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using static MedSec.Analytics.Tests.Careers.CareerTestServices;

namespace MedSec.Analytics.Tests.Careers;

/// <summary>The counting baseline, the ML.NET model and how one is chosen over the other.</summary>
public class TransitionModelTests
{
    private static readonly Region Region = Auvergne;

    private static ObservedTransition Observed(CareerRole from, TransitionTarget to, int years = 5) =>
        new("p", new TransitionProfile(from, Region, Specialty.General, years, years), to);

    private static TransitionProfile Profile(CareerRole role) => new(role, Region, Specialty.General, 5, 5);

    [Fact]
    public void WithoutDataTheCountingModelGivesThePriors()
    {
        var model = new CountingTransitionModel(Catalog, []);

        foreach (var role in Enum.GetValues<CareerRole>())
        {
            var next = model.Next(Profile(role));
            Assert.Equal(Catalog.Priors(role).Keys.OrderBy(k => k.Code), next.Keys.OrderBy(k => k.Code));
            Assert.All(Catalog.Priors(role), p => Assert.Equal(p.Value, next[p.Key], 12));
        }
    }

    [Fact]
    public void CountsAreSmoothedTowardThePriors()
    {
        // 80 trainers: 8 become coordinators, 72 stay. Prior coordinator 0.01, κ = 20: (8 + 20 × 0.01) / (80 + 20) = 0.082.
        var data = Enumerable.Repeat(Observed(CareerRole.Trainer, new TransitionTarget(CareerRole.Coordinator)), 8)
            .Concat(Enumerable.Repeat(Observed(CareerRole.Trainer, new TransitionTarget(CareerRole.Trainer)), 72));
        var model = new CountingTransitionModel(Catalog, data, priorStrength: 20);

        var next = model.Next(Profile(CareerRole.Trainer));

        Assert.Equal(0.082, next[new TransitionTarget(CareerRole.Coordinator)], 12);
        Assert.Equal((72 + 20 * 0.99) / 100, next[new TransitionTarget(CareerRole.Trainer)], 12);
    }

    [Fact]
    public void AMoveSeenButNotInTheCatalogKeepsItsFrequency()
    {
        var data = new[] { Observed(CareerRole.Trainer, new TransitionTarget(CareerRole.ClinicManager)), Observed(CareerRole.Trainer, new TransitionTarget(CareerRole.Trainer)) };

        var next = new CountingTransitionModel(Catalog, data, priorStrength: 2).Next(Profile(CareerRole.Trainer));

        Assert.Equal(0.25, next[new TransitionTarget(CareerRole.ClinicManager)], 12);
    }

    private static readonly TransitionTarget[] Targets =
        [.. Enum.GetValues<CareerRole>().Select(r => new TransitionTarget(r)), .. Enum.GetValues<Specialty>().Select(s => new TransitionTarget(CareerRole.Secretary, s))];

    [Property]
    public Property CountingProbabilitiesOutOfARoleSumToAtMostOne() =>
        Prop.ForAll(
            (from data in Gen.ListOf(
                 from source in Gen.Elements(Enum.GetValues<CareerRole>())
                 from to in Gen.Elements(Targets)
                 select Observed(source, to))
             from kappa in Gen.Choose(0, 100)
             from role in Gen.Elements(Enum.GetValues<CareerRole>())
             select (data, kappa, role)).ToArbitrary(),
            x =>
            {
                var next = new CountingTransitionModel(Catalog, x.data, x.kappa).Next(Profile(x.role));
                var stay = new TransitionTarget(x.role);
                var outgoing = next.Where(p => p.Key != stay).Sum(p => p.Value);
                return next.Values.All(p => p is >= 0.0 and <= 1.0)
                    && outgoing <= 1.0 + 1e-12
                    && Math.Abs(next.Values.Sum() - 1.0) < 1e-9;
            });

    [Property(MaxTest = 200)]
    public Property TheModelInUseGivesMovesOutOfARoleAtMostOne() =>
        Prop.ForAll(
            (from role in Gen.Elements(Enum.GetValues<CareerRole>())
             from region in Gen.Elements(CodeBook.RegionNames.Keys.ToArray())
             from specialty in Gen.Elements(Enum.GetValues<Specialty>())
             from experience in Gen.Choose(0, 50)
             from inRole in Gen.Choose(0, 50)
             select new TransitionProfile(role, new Region(region), specialty, experience, Math.Min(inRole, experience))).ToArbitrary(),
            profile =>
            {
                var next = PathService.Transitions.Next(profile);
                var stay = new TransitionTarget(profile.Role);
                return next.Values.All(p => p is >= 0.0 and <= 1.0)
                    && next.Where(p => p.Key != stay).Sum(p => p.Value) <= 1.0 + 1e-9
                    && Math.Abs(next.Values.Sum() - 1.0) < 1e-6;
            });

    [Fact]
    public void TheChosenModelHasTheLowerHeldOutLogLoss()
    {
        var report = PathService.TransitionReport;

        Assert.NotNull(report.MlLogLoss);
        Assert.True(report.SyntheticHistories);
        Assert.Equal(report.MlLogLoss < report.BaselineLogLoss ? MlTransitionModel.ModelName : CountingTransitionModel.ModelName, report.Chosen);
        Assert.Equal(report.Chosen, PathService.Transitions.Name);
        Assert.Equal(400, report.HeldOutPersons); // 20 % of the 2 000 synthetic persons.
        Assert.Equal(Transitions.FromHistories(CareerHistoryCsv.LoadDefault()).Count, report.TrainingTransitions + report.HeldOutTransitions);
    }

    [Fact]
    public void TheReportedBaselineLogLossIsTheCountingModelsOnTheHeldOutPersons()
    {
        var all = Transitions.FromHistories(CareerHistoryCsv.LoadDefault());
        var (train, heldOut) = TransitionModelSelection.Split(all, TransitionModelSelection.DefaultSeed);
        var model = new CountingTransitionModel(Catalog, train);

        var manual = heldOut.Average(t => -Math.Log(Math.Max(1e-15, model.Next(t.Profile).GetValueOrDefault(t.Target))));

        Assert.Equal(manual, PathService.TransitionReport.BaselineLogLoss, 12);
        Assert.Empty(train.Select(t => t.PersonId).Intersect(heldOut.Select(t => t.PersonId)));
    }

    [Fact]
    public void WithTooFewHistoriesOnlyTheBaselineIsUsed()
    {
        var rows = SyntheticHistories.Generate(Catalog, new SyntheticHistoryOptions { Persons = 10 });

        var (model, report) = TransitionModelSelection.Select(Catalog, rows, synthetic: true);

        Assert.Null(report.MlLogLoss);
        Assert.Equal(CountingTransitionModel.ModelName, model.Name);
    }

    [Fact]
    public void TheMlModelLearnsThatAMoveWaitsForItsYears()
    {
        var ml = MlTransitionModel.Train(Catalog, Transitions.FromHistories(CareerHistoryCsv.LoadDefault()), TransitionModelSelection.DefaultSeed);
        var freelance = new TransitionTarget(CareerRole.TelesecretaryFreelance);

        var beginner = ml.Next(new TransitionProfile(CareerRole.Secretary, Region, Specialty.General, 1, 1)).GetValueOrDefault(freelance);
        var experienced = ml.Next(new TransitionProfile(CareerRole.Secretary, Region, Specialty.General, 6, 6)).GetValueOrDefault(freelance);

        // careers.csv: three years before a secretary sets up as a freelance.
        Assert.True(experienced > 3 * beginner, $"{beginner} vs {experienced}");
    }
}
