using MedSec.Analytics.Imports;
using MedSec.Data.Ingestion;
using MedSec.Data.Store;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Imports;

public class ImportServiceTests
{
    [Fact]
    public void ImportReportsEveryRecordAndStoresTheAcceptedOnes()
    {
        using var f = new ImportFixture();
        var report = f.Service.Import(f.Write("enquete.csv", ImportFixture.FrenchText));

        Assert.Equal("enquete.csv", report.File);
        Assert.Equal("observations", report.Format);
        Assert.Equal((5L, 3L, 2L), (report.Read, report.Accepted, report.Rejected));
        Assert.False(report.AlreadyImported);
        Assert.Equal("windows-1252", report.Encoding);
        Assert.Equal(";", report.Separator);
        Assert.Equal([(5L, "Région"), (7L, "Date")], report.Rejections.Select(r => (r.Line, r.Column)));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero), report.ImportedAt);

        using var store = ObservationStore.Open(f.DatabasePath);
        var import = Assert.Single(store.Imports());
        Assert.Equal(report.ImportId, import.Id);
        Assert.Equal(report.Sha256, import.Sha256);
        Assert.Equal(3, store.ObservationCount());
    }

    [Fact]
    public void ADepartementOutsideItsRegionIsRejectedByTheImport()
    {
        using var f = new ImportFixture();
        var report = f.Service.Import(f.Write("depts.csv",
            "Date;Secteur;Région;Département;Salaire\n2025-03-01;Privé;Bretagne;35;2100\n2025-03-01;Privé;Bretagne;75;2100\n"));

        Assert.Equal((2L, 1L, 1L), (report.Read, report.Accepted, report.Rejected));
        var rejection = Assert.Single(report.Rejections);
        Assert.Equal((3L, "Département"), (rejection.Line, rejection.Column));
        Assert.Contains("Île-de-France (11), pas dans la région 53 (Bretagne)", rejection.Reason);
    }

    [Fact]
    public void NetIsConvertedWithTheRealPayRules()
    {
        using var f = new ImportFixture();
        f.Service.Import(f.Write("enquete.csv", ImportFixture.FrenchText));
        using var store = ObservationStore.Open(f.DatabasePath);
        var net = store.LoadObservations()[1];

        Assert.True(net.ConvertedFromNet);
        Assert.Equal(1700m, net.Observation.PayAmount);
        var expected = ImportFixture.Default.Pay.GrossFromNet(1700m, Sector.Private, new DateOnly(2025, 3, 15));
        Assert.Equal(expected, net.MonthlyGross);
        Assert.InRange(net.MonthlyGross, 2100m, 2250m);
    }

    [Fact]
    public void TheSameFileTwiceIsStoredOnceAndSaysSoWithTheSameCounts()
    {
        using var f = new ImportFixture();
        var first = f.Service.Import(f.Write("enquete.csv", ImportFixture.FrenchText));
        var again = f.Service.Import(f.Write("copie de enquete.csv", ImportFixture.FrenchText));

        Assert.True(again.AlreadyImported);
        Assert.Equal("copie de enquete.csv", again.File);
        Assert.Equal((first.Read, first.Accepted, first.Rejected, first.Flagged), (again.Read, again.Accepted, again.Rejected, again.Flagged));
        Assert.Equal(first.Rejections, again.Rejections);
        Assert.Equal(first.ImportId, again.ImportId);
        using var store = ObservationStore.Open(f.DatabasePath);
        Assert.Single(store.Imports());
        Assert.Equal(3, store.ObservationCount());
    }

    [Fact]
    public void ARefusedFileStoresNothing()
    {
        using var f = new ImportFixture();
        var error = Assert.Throws<MedSecInputException>(() =>
            f.Service.Import(f.Write("contacts.csv", "nom;prénom\nDupont;Marie\n")));

        Assert.StartsWith("contacts.csv : En-tête non reconnu", error.Message);
        Assert.Empty(f.Service.Imports());
    }

    [Fact]
    public void AMissingFileIsRefused()
    {
        using var f = new ImportFixture();
        var error = Assert.Throws<MedSecInputException>(() => f.Service.Import(Path.Combine(f.Directory, "absent.csv")));
        Assert.Equal("absent.csv : Fichier introuvable.", error.Message);
    }

    [Fact]
    public void ADirectoryIsRefusedAsADirectoryNotAsAPermissionProblem()
    {
        using var f = new ImportFixture();
        var folder = Directory.CreateDirectory(Path.Combine(f.Directory, "exports")).FullName;
        var error = Assert.Throws<MedSecInputException>(() => f.Service.Import(folder + Path.DirectorySeparatorChar));
        Assert.StartsWith("exports : C'est un dossier", error.Message);
        Assert.Empty(f.Service.Imports());
    }

    [Fact]
    public void ObservationFileReadAsAPayrollIsRefusedWholeAndNothingIsStored()
    {
        using var f = new ImportFixture();
        var error = Assert.Throws<MedSecInputException>(() =>
            f.Service.Import(f.Write("paie.csv", ImportFixture.FrenchText), new ImportOptions(ImportFormat.Payroll)));
        Assert.Contains("Matricule", error.Message);
        Assert.Empty(f.Service.Imports());
    }

    [Fact]
    public void AFileImportedBeforeIsNotTakenForAnotherFormatOnARepeat()
    {
        using var f = new ImportFixture();
        var path = f.Write("enquete.csv", ImportFixture.FrenchText);
        f.Service.Import(path);

        var error = Assert.Throws<MedSecInputException>(() => f.Service.Import(path, new ImportOptions(ImportFormat.Payroll)));

        Assert.Contains("déjà été importé comme observations (import n° 1) ; il ne peut pas l'être comme paie", error.Message);
        Assert.True(f.Service.Import(path, new ImportOptions(ImportFormat.Observations)).AlreadyImported);
        Assert.Single(f.Service.Imports());
    }

    [Theory]
    [InlineData("Date;Secteur;Région;Salaire\n", null)]
    [InlineData("Matricule;Sexe;Salaire de base brut\r\n", "payroll")]
    public void AHeaderWithoutRecordsIsRefusedAndNothingIsListed(string text, string? format)
    {
        using var f = new ImportFixture();
        var options = format is null ? new ImportOptions() : new ImportOptions(ImportFormat.Payroll);

        var error = Assert.Throws<MedSecInputException>(() => f.Service.Import(f.Write("vide.csv", text), options));

        Assert.Equal("vide.csv : aucun enregistrement sous l'en-tête, rien à importer.", error.Message);
        Assert.Empty(f.Service.Imports());
    }

    [Fact]
    public void RejectsAreNeverWrittenOverTheImportedFile()
    {
        using var f = new ImportFixture();
        var path = f.Write("enquete.csv", ImportFixture.FrenchText);
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<MedSecInputException>(() =>
            f.Service.Import(path, new ImportOptions(RejectsPath: Path.Combine(f.Directory, ".", "enquete.csv"))));

        Assert.Contains("est le fichier importé", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Empty(f.Service.Imports());
    }

    [Fact]
    public void ARejectsPathThatIsAFolderIsCalledAFolderNotAnAccessProblem()
    {
        using var f = new ImportFixture();
        var path = f.Write("enquete.csv", ImportFixture.FrenchText);
        var rejects = Directory.CreateDirectory(Path.Combine(f.Directory, "rejets.csv")).FullName;

        var error = Assert.Throws<MedSecInputException>(() => f.Service.Import(path, new ImportOptions(RejectsPath: rejects)));

        Assert.Equal($"Écriture impossible du fichier des rejets {rejects} : c'est un dossier, pas un fichier ; rien n'a été importé.", error.Message);
        Assert.Empty(f.Service.Imports());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ARejectsPathThatCannotBeWrittenStopsTheImportWithNothingStored(bool payroll)
    {
        using var f = new ImportFixture();
        var path = payroll ? f.Write("paie.csv", JobAdAndPayrollImportTests.Payroll) : f.Write("enquete.csv", ImportFixture.FrenchText);
        var rejects = Path.Combine(f.Directory, "absent", "rejets.csv");

        var error = Assert.Throws<MedSecInputException>(() => f.Service.Import(path, new ImportOptions(RejectsPath: rejects)));

        Assert.Equal($"Écriture impossible du fichier des rejets {rejects} : son dossier n'existe pas ; rien n'a été importé.", error.Message);
        Assert.Empty(f.Service.Imports());
        // Once the folder exists, the same command imports the file and writes its rejects: it was not "already imported".
        Directory.CreateDirectory(Path.GetDirectoryName(rejects)!);
        var report = f.Service.Import(path, new ImportOptions(RejectsPath: rejects));
        Assert.False(report.AlreadyImported);
        Assert.True(File.Exists(rejects));
    }

    [Fact]
    public void ACrashWhileStoringStoresNothing()
    {
        using var f = new ImportFixture();
        var path = f.Write("enquete.csv", ImportFixture.FrenchText);
        Assert.Throws<IOException>(() => f.Service.Import(path, new ImportOptions(Progress: p =>
        {
            if (p.Stage == ImportStage.Storing) throw new IOException("simulated crash");
        })));

        using (var store = ObservationStore.Open(f.DatabasePath))
        {
            Assert.Empty(store.Imports());
            Assert.Equal(0, store.ObservationCount());
        }
        Assert.False(f.Service.Import(path).AlreadyImported);
    }

    [Fact]
    public void RejectsAreWrittenInTheInputsFormatAlsoOnARepeat()
    {
        using var f = new ImportFixture();
        var input = f.Write("enquete.csv", ImportFixture.FrenchText);
        var rejects = Path.Combine(f.Directory, "rejets.csv");
        var expected = ImportFixture.Header + "\r\n" +
                       "15/03/2025;Privé;Lune;2000;Mensuel;Brut;35;CDI;Secrétaire\r\n" +
                       "31/02/2025;Public;93;2300;Mensuel;Brut;35;CDI;AMA\r\n";

        var report = f.Service.Import(input, new ImportOptions(RejectsPath: rejects));
        Assert.Equal(rejects, report.RejectsFile);
        Assert.Equal(InputDecoder.Ansi.GetBytes(expected), File.ReadAllBytes(rejects));

        File.Delete(rejects);
        var again = f.Service.Import(input, new ImportOptions(RejectsPath: rejects));
        Assert.True(again.AlreadyImported);
        Assert.Equal(InputDecoder.Ansi.GetBytes(expected), File.ReadAllBytes(rejects));
    }

    [Fact]
    public void TheStoresP90IsTheReferenceForAbsurdValuesOnceItHasEnoughRows()
    {
        using var f = new ImportFixture();
        var text = ImportFixture.Header + "\n" + string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"2025-03-{1 + i % 28:00};Privé;84;{2000 + i * 10};Mensuel;Brut;35;CDI;Secrétaire\n"));
        var first = f.Service.Import(f.Write("market.csv", text));
        Assert.Equal(2351m, first.ReferenceP90);

        var second = f.Service.Import(f.Write("typo.csv", ImportFixture.Header + "\n2025-06-01;Privé;84;21500;Mensuel;Brut;35;CDI;Secrétaire\n"));
        Assert.Equal(2351m, second.ReferenceP90);
        Assert.Equal(1, second.Flagged);
        Assert.Equal(1, second.Accepted);
    }

    [Fact]
    public void AFirstSmallFileIsHeldAgainstTheSamplesP90()
    {
        using var f = new ImportFixture();
        // A "sample" of 40 monthly grosses 2 000, 2 010 … 2 390 €: type 7 P90 at h = 0.9 × 39 = 35.1, 2 350 + 0.1 × 10 = 2 351 €.
        var sample = f.Write("sample.csv", ImportFixture.Header + "\n" + string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"2025-03-{1 + i % 28:00};Privé;84;{2000 + i * 10};Mensuel;Brut;35;CDI;Secrétaire\n")));
        var small = ImportFixture.Header + "\n2025-06-01;Privé;84;2100;Mensuel;Brut;35;CDI;Secrétaire\n" +
            "2025-06-01;Privé;84;210000;Mensuel;Brut;35;CDI;Secrétaire\n2025-06-01;Privé;84;2200;Mensuel;Brut;35;CDI;Secrétaire\n";
        var withSample = new ImportService(ImportFixture.Default.Pay, f.DatabasePath, sampleFile: sample);
        var without = new ImportService(ImportFixture.Default.Pay, Path.Combine(f.Directory, "other.db"));

        var checkedReport = withSample.Import(f.Write("petit.csv", small));
        var uncheckedReport = without.Import(f.Write("petit.csv", small));

        Assert.Equal(2351m, checkedReport.ReferenceP90);
        Assert.Equal((3L, 1L), (checkedReport.Accepted, checkedReport.Flagged)); // 210 000 € > 3 × 2 351 €, accepted and flagged
        Assert.Null(uncheckedReport.ReferenceP90);
        Assert.Equal(0, uncheckedReport.Flagged);
    }
}
