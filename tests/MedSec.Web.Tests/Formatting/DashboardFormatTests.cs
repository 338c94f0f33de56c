using MedSec.Web.Formatting;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Formatting;

public sealed class DashboardFormatTests
{
    [Theory]
    // French keeps the singular under two ("0 observation", "1 observation"), the plural from two on.
    [InlineData(0, "0 observation")]
    [InlineData(1, "1 observation")]
    [InlineData(2, "2 observations")]
    [InlineData(12500, "12 500 observations")]
    public void ObservationsAgreeWithTheirCount(long count, string expected) =>
        Assert.Equal(expected, Text.Normalize(DashboardFormat.Observations(count)));

    [Theory]
    [InlineData(1, "1 an")]
    [InlineData(2.5, "2,5 ans")]
    public void YearsAgreeWithTheirCount(decimal years, string expected) =>
        Assert.Equal(expected, Text.Normalize(DashboardFormat.Years(years)));
}
