using MedSec.Analytics.Careers;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using static MedSec.Analytics.Tests.Careers.CareerTestServices;

namespace MedSec.Analytics.Tests.Careers;

public class TransitionsTests
{
    private static CareerHistoryRow Line(string person, string date, CareerRole role, Specialty specialty = Specialty.General, int experience = 3) =>
        new(person, D(date), role, SyntheticHistories.SectorOf(role), Auvergne, specialty, experience);

    [Fact]
    public void ConsecutiveYearsMakeTransitionsToTheNextRole()
    {
        var transitions = Transitions.FromHistories([
            Line("p", "2020-01-01", CareerRole.Secretary, experience: 4),
            Line("p", "2021-01-01", CareerRole.Secretary, experience: 5),
            Line("p", "2022-01-01", CareerRole.Coordinator, experience: 6),
            Line("p", "2023-01-01", CareerRole.Coordinator, experience: 7),
        ]);

        Assert.Equal(
            [new TransitionTarget(CareerRole.Secretary), new TransitionTarget(CareerRole.Coordinator), new TransitionTarget(CareerRole.Coordinator)],
            transitions.Select(t => t.Target));
        // Years in the role start at the experience, then restart at 0 in a new role.
        Assert.Equal([4, 5, 0], transitions.Select(t => t.Profile.YearsInRole));
        Assert.Equal([4, 5, 6], transitions.Select(t => t.Profile.ExperienceYears));
    }

    [Fact]
    public void ASecretaryChangingSpecialtyMovesToThatSpecialty()
    {
        var transition = Assert.Single(Transitions.FromHistories([
            Line("p", "2020-01-01", CareerRole.Secretary, Specialty.Cardiology),
            Line("p", "2021-01-01", CareerRole.Secretary, Specialty.Surgery),
        ]));

        Assert.Equal(new TransitionTarget(CareerRole.Secretary, Specialty.Surgery), transition.Target);
    }

    [Fact]
    public void GapsOtherThanAYearAreSkippedButStillAge()
    {
        var transitions = Transitions.FromHistories([
            Line("p", "2020-01-01", CareerRole.AmaCn, experience: 1),
            Line("p", "2022-01-01", CareerRole.AmaCn, experience: 3),
            Line("p", "2023-01-01", CareerRole.AmaCs, experience: 4),
        ]);

        var only = Assert.Single(transitions);
        Assert.Equal(3, only.Profile.YearsInRole);
        Assert.Equal(new TransitionTarget(CareerRole.AmaCs), only.Target);
    }

    [Fact]
    public void PersonsAreKeptApartAndLinesSortedByDate()
    {
        var transitions = Transitions.FromHistories([
            Line("b", "2021-01-01", CareerRole.Trainer),
            Line("a", "2021-01-01", CareerRole.Secretary),
            Line("b", "2020-01-01", CareerRole.Secretary),
            Line("a", "2020-01-01", CareerRole.Secretary),
        ]);

        Assert.Equal(["a", "b"], transitions.Select(t => t.PersonId));
        Assert.Equal(new TransitionTarget(CareerRole.Trainer), transitions[1].Target);
    }
}
