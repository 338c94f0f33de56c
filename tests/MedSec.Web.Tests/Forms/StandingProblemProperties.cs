using FsCheck;
using FsCheck.Xunit;
using MedSec.Web.Components.Forms;

namespace MedSec.Web.Tests.Forms;

/// <summary>
/// The rules' problem with a field's value is said while the field holds the value it was found in, and only then:
/// "Échelon 25 hors de la grille" stayed under an échelon changed to 4 until the next submission.
/// </summary>
public sealed class StandingProblemProperties
{
    [Property(MaxTest = 200)]
    public bool AProblemIsSaidWhileTheFieldHoldsItsValueOnly(NonEmptyString problem, int submission, int value, int now)
    {
        var standing = new StandingProblem<int>();
        standing.Given(problem.Get, submission, value);
        return standing.For(now) == (now == value ? problem.Get : null);
    }

    [Property(MaxTest = 200)]
    public bool TheSameWordsAfterAnotherSubmissionAreOfTheValueThenHeld(NonEmptyString problem, int submission, int first, int second)
    {
        // "Indiquez une date…" for one emptied date, then again after the next submission: said of the value then held.
        var standing = new StandingProblem<int>();
        standing.Given(problem.Get, submission, first);
        standing.Given(problem.Get, submission + 1, second);
        return standing.For(second) == problem.Get;
    }

    [Property(MaxTest = 200)]
    public bool ThePageRenderingAgainWithoutASubmissionKeepsTheValueOfTheProblem(NonEmptyString problem, int submission, int value, int changed)
    {
        // The page draws its form again (a busy button, another field's change): the problem is still of the value submitted.
        var standing = new StandingProblem<int>();
        standing.Given(problem.Get, submission, value);
        standing.Given(problem.Get, submission, changed);
        return standing.For(value) == problem.Get && (changed == value || standing.For(changed) is null);
    }

    [Fact]
    public void NoProblemIsSaidOfAnyValue() => Assert.Null(new StandingProblem<int>().For(0));
}
