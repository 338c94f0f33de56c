using System.Net;
using System.Text;
using System.Text.Json;
using FsCheck.Xunit;

namespace MedSec.Web.Tests.Grid;

/// <summary>Whatever a caller sends to the grid endpoints, the API answers 200, 400 or 404, never 500.</summary>
[Collection(GridBrowserCollection.Name)]
public sealed class GridApiNeverServerErrorProperties(GridApiFixture fixture) : IClassFixture<GridApiFixture>
{
    private static readonly HttpStatusCode[] Allowed = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound];

    [Property(MaxTest = 40, Replay = "(20261122,13)")]
    public bool AnyStringsInTheBody(string region, string employer, string percentile, string levels, string steps, string agreement, string date) =>
        Posts(JsonSerializer.Serialize(new { region, employer, percentile, levels, steps, agreement, date }));

    [Property(MaxTest = 40, Replay = "(20261122,17)")]
    public bool PlausibleNumbersInTheBody(byte region, sbyte percentile, sbyte levels, sbyte steps, short days, decimal chargeRate, decimal levelGap) =>
        Posts(JsonSerializer.Serialize(new
        {
            region = region.ToString("00"), employer = "clinique", percentile, levels, steps,
            date = new DateOnly(2019, 1, 1).AddDays(Math.Abs((int)days)).ToString("yyyy-MM-dd"), chargeRate, levelGap,
        }));

    [Property(MaxTest = 25, Replay = "(20261122,19)")]
    public bool AnyQueryOnTheExport(string format, string table, string percentile, string levels, string steps) =>
        Allowed.Contains(fixture.Client.GetAsync(
            $"/api/grids/export?format={E(format)}&table={E(table)}&region=84&employer=cabinet&percentile={E(percentile)}&levels={E(levels)}&steps={E(steps)}")
            .GetAwaiter().GetResult().StatusCode);

    [Property(MaxTest = 40, Replay = "(20261124,7)")]
    public bool AnyBytesInAString(byte[] bytes)
    {
        var body = Encoding.UTF8.GetBytes("{\"region\":\"").Concat(bytes.Where(b => b is not ((byte)'"' or (byte)'\\')))
            .Concat(Encoding.UTF8.GetBytes("\",\"employer\":\"clinique\",\"percentile\":60,\"levels\":4,\"steps\":5}")).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return Allowed.Contains(fixture.Client.PostAsync("/api/grids/design", content).GetAwaiter().GetResult().StatusCode);
    }

    private bool Posts(string json) =>
        Allowed.Contains(fixture.Client.PostAsync("/api/grids/design", new StringContent(json, Encoding.UTF8, "application/json"))
            .GetAwaiter().GetResult().StatusCode);

    private static string E(string? value) => Uri.EscapeDataString(value ?? "");
}
