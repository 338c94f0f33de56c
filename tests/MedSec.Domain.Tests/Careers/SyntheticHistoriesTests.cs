using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Domain.Tests.Careers;

public class SyntheticHistoriesTests
{
    private static readonly CareerCatalog Catalog = new CatalogBuilder().Build();
    private static readonly SyntheticHistoryOptions Small = new() { Persons = 150 };

    [Fact]
    public void TheSameSeedGivesTheSameHistories() =>
        Assert.Equal(SyntheticHistories.Generate(Catalog, Small), SyntheticHistories.Generate(Catalog, Small));

    [Fact]
    public void AnotherSeedGivesOtherHistories() =>
        Assert.NotEqual(SyntheticHistories.Generate(Catalog, Small), SyntheticHistories.Generate(Catalog, Small with { Seed = 7 }));

    [Fact]
    public void EveryPersonHasOneLineAYearWithinTheObservedRange()
    {
        var rows = SyntheticHistories.Generate(Catalog, Small);

        Assert.Equal(Small.Persons, rows.Select(r => r.PersonId).Distinct().Count());
        foreach (var person in rows.GroupBy(r => r.PersonId))
        {
            var lines = person.ToList();
            Assert.InRange(lines.Count, Small.ObservedYearsFrom + 1, Small.ObservedYearsTo + 1);
            Assert.All(lines.Zip(lines.Skip(1)), p =>
            {
                Assert.Equal(p.First.Date.AddYears(1), p.Second.Date);
                Assert.Equal(p.First.ExperienceYears + 1, p.Second.ExperienceYears);
                Assert.Equal(p.First.Region, p.Second.Region);
            });
            Assert.All(lines, l => Assert.Equal(SyntheticHistories.SectorOf(l.Role), l.Sector));
        }
    }

    [Property(MaxTest = 20)]
    public Property EveryChangeIsAMoveOfTheCatalogMadeOnceItsYearsAreReached() =>
        Prop.ForAll(
            Gen.Choose(1, 100_000).ToArbitrary(),
            seed =>
            {
                var rows = SyntheticHistories.Generate(Catalog, Small with { Seed = seed, Persons = 40 });
                foreach (var person in rows.GroupBy(r => r.PersonId))
                {
                    var lines = person.ToList();
                    var yearsInRole = lines[0].ExperienceYears;
                    foreach (var (now, next) in lines.Zip(lines.Skip(1)))
                    {
                        var changed = now.Role != next.Role || now.Specialty != next.Specialty;
                        if (changed)
                        {
                            var move = Catalog.MovesFrom(now.Role).FirstOrDefault(m =>
                                m.To == next.Role && (m.ToSpecialty ?? now.Specialty) == next.Specialty && yearsInRole >= m.MinYearsInRole);
                            if (move is null) return false;
                        }
                        yearsInRole = now.Role != next.Role ? 0 : yearsInRole + 1;
                    }
                }
                return true;
            });

    [Fact]
    public void LateCareersMoveLess()
    {
        var catalog = new CatalogBuilder().Build();
        var options = new SyntheticHistoryOptions { Persons = 3000, StartRoles = [(CareerRole.Secretary, 1.0)], ObservedYearsFrom = 1, ObservedYearsTo = 1 };
        var rows = SyntheticHistories.Generate(catalog, options with { MaxStartExperience = 40 });

        double MoveRate(Func<int, bool> experience) =>
            rows.GroupBy(r => r.PersonId).Select(g => g.ToList()).Where(l => experience(l[0].ExperienceYears))
                .Average(l => l[0].Role != l[1].Role || l[0].Specialty != l[1].Specialty ? 1.0 : 0.0);

        Assert.True(MoveRate(e => e >= 25) < MoveRate(e => e is >= 5 and < 25));
    }
}
