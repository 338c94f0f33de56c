using System.Text;
using System.Text.Json;
using MedSec.Cli.Output;

namespace MedSec.Cli.Tests;

/// <summary>With <c>--json</c> every verb prints exactly one JSON object on stdout and nothing else.</summary>
public sealed class JsonOutputTests
{
    [Theory]
    [InlineData("pay", "public", "--grade", "AAH-C1", "--echelon", "1", "--date", "2026-01-15", "--json")]
    [InlineData("pay", "floor", "--agreement", "2098", "--level", "140", "--date", "2026-01-15", "--json")]
    [InlineData("pay", "net", "--gross", "2000", "--sector", "public", "--json")]
    [InlineData("career", "public", "--grade", "AAH-C3", "--start", "2024-01-01", "--years", "3", "--json")]
    [InlineData("--json", "pay", "net", "--gross", "1900", "--sector", "remote")]
    public void EveryVerbPrintsExactlyOneObject(params string[] args)
    {
        var run = CliRunner.Run(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        var bytes = Encoding.UTF8.GetBytes(run.Out);
        var reader = new Utf8JsonReader(bytes);
        using var document = JsonDocument.ParseValue(ref reader);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Equal("", Encoding.UTF8.GetString(bytes, (int)reader.BytesConsumed, bytes.Length - (int)reader.BytesConsumed).Trim());
    }

    [Theory]
    [InlineData("2000", "2000.00")]
    [InlineData("1800.5", "1800.50")]
    [InlineData("2500.77", "2500.77")]
    [InlineData("0.2084", "0.2084")]
    [InlineData("0", "0.00")]
    [InlineData("-12.3", "-12.30")]
    public void DecimalsHaveAtLeastTwoDecimals(string value, string expected)
    {
        var json = JsonSerializer.Serialize(new { Amount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }, JsonOutput.Options);

        Assert.Equal($"{{\n  \"amount\": {expected}\n}}", json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DatesAreIsoAndNamesCamelCase()
    {
        var json = JsonSerializer.Serialize(new { AsOf = new DateOnly(2024, 1, 1), IndexPoints = 508 }, JsonOutput.Options);

        Assert.Contains("\"asOf\": \"2024-01-01\"", json);
        Assert.Contains("\"indexPoints\": 508", json);
    }
}
