using System.Text;
using MedSec.Analytics;
using MedSec.Analytics.Estimation;
using MedSec.Data.Reference;

namespace MedSec.Cli.Tests;

/// <summary>
/// <c>grid letter</c> in a category of positionnement 8 with four women (1 900, 1 950, 2 000 and 2 050 € a month) and one
/// man (2 200 € a month: 26 400 € a year): his pay is no one else's to read (Directive (EU) 2023/970 art. 12(3)).
/// </summary>
public sealed class LetterPrivacyCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medsec-letter-cli-").FullName;
    private readonly MedSecServices _services;
    private readonly long _payroll;

    public LetterPrivacyCommandTests()
    {
        _services = new MedSecServices(ReferenceDataLoader.LoadDefault())
        {
            EstimationSettings = EstimationSettings.Default() with
            {
                DatabasePath = Path.Combine(_directory, "medsec.db"), ModelDirectory = Path.Combine(_directory, "models"),
            },
        };
        var text = new StringBuilder("Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\n");
        foreach (var (id, pay) in new[] { ("F8-0", "1900"), ("F8-1", "1950"), ("F8-2", "2000"), ("F8-3", "2050") })
            text.Append($"{id};F;Secrétaire médicale;8;01/09/2020;1;{pay},00;0\r\n");
        text.Append("H8-0;H;Secrétaire médicale;8;01/09/2020;1;2200,00;0\r\n");
        _payroll = _services.Grids.Payrolls.Import("paie-seul.csv", Encoding.UTF8.GetBytes(text.ToString())).ImportId;
    }

    private CliRun Letter(string employee, bool json) =>
        CliRunner.Run(() => _services, new DateOnly(2026, 3, 1),
            ["grid", "letter", "--payroll", _payroll.ToString(), "--employee", employee, .. json ? new[] { "--json" } : []]);

    [Fact]
    public void AWomansLetterWithholdsTheOneMansAverageAndSaysWhyAndWhoMaySeeIt()
    {
        var json = Letter("F8-0", json: true).Json();
        var table = Letter("F8-0", json: false).Out.Replace('\u00a0', ' ').Replace('\u202f', ' ');

        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("men").ValueKind);
        Assert.DoesNotContain("26400", json.ToString());
        // The four women: (1 900 + 1 950 + 2 000 + 2 050) ÷ 4 × 12 = 23 700 € a year, three colleagues besides the reader.
        Assert.Equal(23700m, json.GetProperty("women").GetProperty("meanAnnualTotal").GetDecimal());
        Assert.DoesNotContain("26 400,00 €", table);
        Assert.Contains("non communiquée", table);
        Assert.Contains("art. 12", table);
        Assert.Contains("inspection du travail", table);
    }

    [Fact]
    public void TheMansOwnLetterGivesHimHisOwnGroupsAverage()
    {
        var json = Letter("H8-0", json: true).Json();

        Assert.Equal(26400m, json.GetProperty("men").GetProperty("meanAnnualTotal").GetDecimal());
        Assert.Equal(23700m, json.GetProperty("women").GetProperty("meanAnnualTotal").GetDecimal());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
