using MedSec.Data.JobAds;

namespace MedSec.Data.Tests.JobAds;

public class WorkingHoursParserTests
{
    [Theory]
    [InlineData("35H Autre", "35")]
    [InlineData("35H Travail en journée", "35")]
    [InlineData("35H Travail posté (2x8, 3x8, 5x8, etc.)", "35")]
    [InlineData("temps partiel - 27H30 Autre", "27.5")]
    [InlineData("36H15 Autre", "36.25")]
    [InlineData("36H45 Autre", "36.75")]
    [InlineData("37H30 Autre", "37.5")]
    [InlineData("39H Travail en journée", "39")]
    [InlineData("temps partiel - 7H30 Autre", "7.5")]
    [InlineData("temps partiel - 20H59 Autre", "20.98")]
    [InlineData("temps partiel - 9H Travail en journée", "9")]
    [InlineData("45H Autre", "45")]
    public void ReadsWeeklyHoursAndMinutes(string label, string expected)
    {
        Assert.True(WorkingHoursParser.TryParse(label, out var hours));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), hours);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Travail en journée")]
    [InlineData("Temps plein")]
    [InlineData("60H Autre")]
    [InlineData("35H75 Autre")]
    [InlineData("0H Autre")]
    public void StatesNoHoursWhenTheTextHasNoneOrTheyAreImpossible(string? label) =>
        Assert.False(WorkingHoursParser.TryParse(label, out _));

    [Theory]
    [InlineData("temps partiel - 27H30 Autre", null, true)]
    [InlineData(null, "Temps partiel", true)]
    [InlineData("35H Autre", "Temps plein", false)]
    [InlineData(null, null, false)]
    public void TellsPartTimeFromEitherLabel(string? label, string? converted, bool expected) =>
        Assert.Equal(expected, WorkingHoursParser.IsPartTime(label, converted));
}
