using System.Text;
using MedSec.Analytics.Imports;
using MedSec.Data.Payroll;
using MedSec.Data.Store;

namespace MedSec.Analytics.Tests.Imports;

/// <summary>France Travail offers and payroll files through the import service: detection, accounting, store, deletion.</summary>
public class JobAdAndPayrollImportTests
{
    /// <summary>The export's layout (pipe-separated, dotted headers, a multi-line description): three offers, two medical secretaries.</summary>
    public const string Offers =
        "id|intitule|description|dateCreation|romeCode|typeContrat|experienceExige|experienceLibelle|dureeTravailLibelle|dureeTravailLibelleConverti|codeNAF|lieuTravail.libelle|lieuTravail.codePostal|lieuTravail.commune|salaire.libelle\n" +
        "A1|Secrétaire médicale (H/F)|\"Cabinet de radiologie :\n- accueil\"|2025-05-15T11:12:17.043Z|M1609|CDI|E|2 An(s)|35H Autre|Temps plein|86.22A|07 - GUILHERAND GRANGES|07500|07102|Annuel de 22000.00 Euros à 25000.00 Euros sur 12 mois\n" +
        "A2|Vendeur (H/F)|Magasin|2025-05-31T14:14:44.737Z|D1214|CDI|D|Débutant accepté|35H Autre|Temps plein|47.64Z|07 - AUBENAS|07200|07019|Horaire de 11.88 Euros\n" +
        "A3|Secrétaire médicale (H/F)|Ajaccio|2025-03-10T10:00:00.000Z|M1609|CDI|D|Débutant accepté|temps partiel - 17H30 Autre|Temps partiel|86.21Z|2A - AJACCIO|20090|2A004|Mensuel de 800.0 Euros sur 12.0 mois\n";

    public const string Payroll =
        "Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\n" +
        "A001;F;Secrétaire médicale;7;01/09/2019;1;2 150,00;1 200,00\r\n" +
        "A002;M;Secrétaire médicale;6;15/03/2022;80 %;1 720,00;\r\n" +
        "A003;X;Secrétaire médicale;6;15/03/2022;1;1 900,00;\r\n";

    [Fact]
    public void AutoRecognisesOffersPayrollsAndObservations()
    {
        Assert.Equal(ImportFormat.JobAds, ImportService.Resolve(ImportFormat.Auto, Encoding.UTF8.GetBytes(Offers)));
        Assert.Equal(ImportFormat.JobAds, ImportService.Resolve(ImportFormat.Auto, Encoding.UTF8.GetBytes("{\"resultats\": []}")));
        Assert.Equal(ImportFormat.Payroll, ImportService.Resolve(ImportFormat.Auto, Encoding.UTF8.GetBytes(Payroll)));
        Assert.Equal(ImportFormat.Observations, ImportService.Resolve(ImportFormat.Auto, Encoding.UTF8.GetBytes(ImportFixture.FrenchText)));
    }

    [Fact]
    public void OffersBecomeMarketObservationsWithTheIngestionAccounting()
    {
        using var f = new ImportFixture();

        var report = f.Service.Import(f.Write("offres.csv", Offers, Encoding.UTF8));

        Assert.Equal("job-ads", report.Format);
        Assert.Equal((3L, 2L, 1L, 1L), (report.Read, report.Accepted, report.Rejected, report.Flagged));
        var rejection = Assert.Single(report.Rejections);
        Assert.Equal((4L, "romeCode"), (rejection.Line, rejection.Column));
        using var store = ObservationStore.Open(f.DatabasePath);
        var rows = store.LoadObservations().Rows.ToList();
        Assert.Equal(["07", "2A"], rows.Select(r => r.Observation.Departement));
        Assert.Equal(1958.33m, rows[0].MonthlyGross); // 23 500 / 12
        Assert.Equal(1600.00m, rows[1].MonthlyGross); // 800 × 35 / 17.5
        Assert.Equal("A3", rows[1].Extra["offer_id"]);
    }

    /// <summary>
    /// The report says how the file was read: a JSON file of offers (the API's response or one offer a line) has no
    /// separator. It was reported as "|", the reader's placeholder, so the CLI's table read "utf-8, barre verticale (|)" and
    /// the dashboard "séparateur « | »" for a JSON file; the pipe export keeps its "|".
    /// </summary>
    [Theory]
    [InlineData("offres.json", "{\"resultats\": [{\"id\": \"J1\", \"intitule\": \"Secrétaire médicale\", \"romeCode\": \"M1609\", \"dateCreation\": \"2025-03-01T10:00:00.000Z\", \"lieuTravail\": {\"codePostal\": \"69003\"}, \"typeContrat\": \"CDI\", \"salaire\": {\"libelle\": \"Mensuel de 1900.0 Euros\"}}]}", null)]
    [InlineData("offres.jsonl", "{\"id\": \"J1\", \"intitule\": \"Secrétaire médicale\", \"romeCode\": \"M1609\", \"dateCreation\": \"2025-03-01T10:00:00.000Z\", \"lieuTravail\": {\"codePostal\": \"69003\"}, \"typeContrat\": \"CDI\", \"salaire\": {\"libelle\": \"Mensuel de 1900.0 Euros\"}}\n", null)]
    [InlineData("offres.csv", Offers, "|")]
    public void AJsonFileOfOffersHasNoSeparator(string name, string text, string? separator)
    {
        using var f = new ImportFixture();

        var report = f.Service.Import(f.Write(name, text, Encoding.UTF8));

        Assert.Equal("job-ads", report.Format);
        Assert.Equal(separator, report.Separator);
    }

    [Fact]
    public void PartTimeOfferBelowTheSmicOnceScaledIsFlagged()
    {
        using var f = new ImportFixture();

        var report = f.Service.Import(f.Write("offres.csv", Offers, Encoding.UTF8), new ImportOptions(ImportFormat.JobAds));

        // 800 € for 17 h 30 is 1 600 € for 35 h, below the SMIC of 2025-03-10 (1 801,80 €).
        var flag = Assert.Single(report.Flags);
        Assert.Equal((5L, "salaire.libelle"), (flag.Line, flag.Column));
        Assert.Contains("1600,00 €", flag.Reason);
        Assert.Contains("ramené de 17,5 h à 35 h", flag.Reason);
        Assert.Contains("1801,80 €", flag.Reason);
    }

    [Fact]
    public void PayrollGoesToItsOwnTableAndIsDeletedWithItsImport()
    {
        using var f = new ImportFixture();

        var report = f.Service.Import(f.Write("paie.csv", Payroll));

        Assert.Equal("payroll", report.Format);
        Assert.Equal((3L, 2L, 1L), (report.Read, report.Accepted, report.Rejected));
        Assert.Equal((4L, "Sexe"), (report.Rejections[0].Line, report.Rejections[0].Column));
        using (var store = ObservationStore.Open(f.DatabasePath)) Assert.Equal(0, store.ObservationCount());
        using (var payroll = PayrollStore.Open(f.DatabasePath))
        {
            Assert.Equal(["A001", "A002"], payroll.Rows(report.ImportId).Select(r => r.EmployeeId));
            Assert.Equal(2150.00m, payroll.Rows(report.ImportId)[1].FullTimeMonthlyBase); // 1 720 / 0.8
        }

        var again = f.Service.Import(f.Write("paie-copie.csv", Payroll));
        Assert.True(again.AlreadyImported);
        Assert.Equal(report.ImportId, again.ImportId);

        Assert.True(f.Service.Delete(report.ImportId));
        using var after = PayrollStore.Open(f.DatabasePath);
        Assert.Equal(0, after.RowCount());
        Assert.Empty(after.Imports());
    }

    [Fact]
    public void APayrollBaseThatLooksAnnualIsFlaggedAgainstTheReferenceAgreementMinima()
    {
        using var f = new ImportFixture();

        var report = f.Service.Import(f.Write("paie-annuel.csv",
            "Matricule;Sexe;Salaire de base brut\r\nA001;F;23 900\r\nA002;F;2 150\r\n"));

        Assert.Equal((2L, 1L), (report.Accepted, report.Flagged));
        var flag = Assert.Single(report.Flags);
        Assert.Equal(2L, flag.Line);
        Assert.Contains("plus haut salaire minimum conventionnel", flag.Reason);
    }

    [Fact]
    public void PayrollRejectsFileKeepsTheHeaderAndTheBadRecord()
    {
        using var f = new ImportFixture();
        var rejects = Path.Combine(f.Directory, "rejets.csv");

        f.Service.Import(f.Write("paie.csv", Payroll), new ImportOptions(ImportFormat.Payroll, rejects));

        Assert.Equal(
            "Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\nA003;X;Secrétaire médicale;6;15/03/2022;1;1 900,00;\r\n",
            Data.Ingestion.InputDecoder.Ansi.GetString(File.ReadAllBytes(rejects)));
    }
}
