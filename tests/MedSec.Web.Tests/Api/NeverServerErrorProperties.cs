using System.Net;
using FsCheck.Xunit;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

/// <summary>Whatever a caller puts in the query string, the API answers 200, 400 or 404, never 500.</summary>
[Collection(WebAppCollection.Name)]
public sealed class NeverServerErrorProperties(WebAppFixture app)
{
    private static readonly HttpStatusCode[] Allowed = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound];

    [Property(MaxTest = 60)]
    public bool PublicPay(string grade, string echelon, string date, string zone, string noCti) =>
        Answers($"/api/pay/public?grade={E(grade)}&echelon={E(echelon)}&date={E(date)}&zone={E(zone)}&noCti={E(noCti)}");

    [Property(MaxTest = 60)]
    public bool PublicPayWithPlausibleValues(byte echelon, short daysFrom2020, bool noCti) =>
        Answers($"/api/pay/public?grade=AAH-C2&echelon={echelon}&date={new DateOnly(2020, 1, 1).AddDays(daysFrom2020):yyyy-MM-dd}&noCti={noCti}");

    [Property(MaxTest = 60)]
    public bool Floor(string agreement, string level, string date, string weeklyHours) =>
        Answers($"/api/pay/floor?agreement={E(agreement)}&level={E(level)}&date={E(date)}&weeklyHours={E(weeklyHours)}");

    [Property(MaxTest = 60)]
    public bool FloorWithPlausibleValues(byte level, short daysFrom2020, decimal weeklyHours) =>
        Answers($"/api/pay/floor?agreement=1147&level={level}&date={new DateOnly(2020, 1, 1).AddDays(daysFrom2020):yyyy-MM-dd}&weeklyHours={weeklyHours}");

    [Property(MaxTest = 60)]
    public bool Net(decimal gross, string sector, short daysFrom2020) =>
        Answers($"/api/pay/net?gross={gross}&sector={E(sector)}&date={new DateOnly(2020, 1, 1).AddDays(daysFrom2020):yyyy-MM-dd}");

    [Property(MaxTest = 60)]
    public bool Career(string grade, string start, int years, int echelon) =>
        Answers($"/api/careers/public?grade={E(grade)}&start={E(start)}&years={years}&echelon={echelon}");

    [Property(MaxTest = 60)]
    public bool CareerWithPlausibleValues(byte years, byte echelon, short daysFrom2020) =>
        Answers($"/api/careers/public?grade=AMA-CS&start={new DateOnly(2020, 1, 1).AddDays(daysFrom2020):yyyy-MM-dd}&years={years}&echelon={echelon}");

    [Property(MaxTest = 40)]
    public bool CareerOnAnyDayOfTheCalendar(int day, byte years) =>
        Answers($"/api/careers/public?grade=AMA-CS&start={AnyDay(day):yyyy-MM-dd}&years={years % 60}");

    [Property(MaxTest = 40)]
    public bool PathsOnAnyDayOfTheCalendar(int day, byte years) =>
        Answers($"/api/paths?region=84&experience=3&role=secretary&years={years % 45}&date={AnyDay(day):yyyy-MM-dd}");

    /// <summary>Any day from 0001-01-01 to 9999-12-31, the last years of the calendar as likely as the first.</summary>
    private static DateOnly AnyDay(int day) => DateOnly.FromDayNumber((int)((uint)day % (uint)(DateOnly.MaxValue.DayNumber + 1)));

    private bool Answers(string url)
    {
        var status = app.Client.GetAsync(url).GetAwaiter().GetResult().StatusCode;
        return Allowed.Contains(status);
    }

    private static string E(string? value) => Uri.EscapeDataString(value ?? "");
}
