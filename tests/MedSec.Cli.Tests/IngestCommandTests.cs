using System.Text;
using MedSec.Data.Store;

namespace MedSec.Cli.Tests;

/// <summary>
/// <c>medsec ingest</c> against DESIGN.md's contract. The store goes to a temporary <c>MEDSEC_HOME</c> (the tests of this
/// class run one after the other, and no other class reads the variable).
/// </summary>
[Collection(MedsecHomeCollection.Name)]
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "medsec-cli-ingest", Guid.NewGuid().ToString("N"));
    private readonly string? _previousHome = Environment.GetEnvironmentVariable(StoreLocation.HomeVariable);

    public IngestCommandTests()
    {
        Directory.CreateDirectory(_home);
        Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, _home);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, _previousHome);
        Directory.Delete(_home, recursive: true);
    }

    private const string Text =
        "Date;Secteur;Région;Salaire;Base;Brut/Net;Intitulé du poste\r\n" +
        "15/03/2025;Privé;84;2 150,00;Mensuel;Brut;\"Secrétaire\r\nmédicale\"\r\n" +
        "15/03/2025;Privé;Lune;2000;Mensuel;Brut;Secrétaire\r\n" +
        "15/03/2025;Privé;84;1500;Mensuel;Brut;Secrétaire\r\n";

    private string Input(string name = "enquete.csv", string text = Text)
    {
        var path = Path.Combine(_home, name);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text));
        return path;
    }

    [Fact]
    public void JsonReportHasTheContractFields()
    {
        var run = CliRunner.Run("ingest", Input(), "--json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        JsonAssert.HasFields(json, "file", "format", "read", "accepted", "rejected", "flagged", "alreadyImported", "rejections");
        Assert.Equal("enquete.csv", json.GetProperty("file").GetString());
        Assert.Equal("observations", json.GetProperty("format").GetString());
        Assert.Equal(3, json.GetProperty("read").GetInt32());
        Assert.Equal(2, json.GetProperty("accepted").GetInt32());
        Assert.Equal(1, json.GetProperty("rejected").GetInt32());
        Assert.Equal(1, json.GetProperty("flagged").GetInt32());
        Assert.False(json.GetProperty("alreadyImported").GetBoolean());
        var rejection = Assert.Single(json.GetProperty("rejections").EnumerateArray());
        Assert.Equal(4, rejection.GetProperty("line").GetInt32());
        Assert.Equal("Région", rejection.GetProperty("column").GetString());
        Assert.StartsWith("Région 'Lune' inconnue", rejection.GetProperty("reason").GetString());
        Assert.True(File.Exists(Path.Combine(_home, "medsec.db")));
    }

    [Fact]
    public void TheSameFileTwiceSaysAlreadyImportedWithTheSameCounts()
    {
        var path = Input();
        var first = CliRunner.Run("ingest", path, "--json").Json();
        var again = CliRunner.Run("ingest", path, "--json").Json();

        Assert.True(again.GetProperty("alreadyImported").GetBoolean());
        foreach (var field in new[] { "read", "accepted", "rejected", "flagged" })
            Assert.Equal(first.GetProperty(field).GetInt32(), again.GetProperty(field).GetInt32());
        using var store = ObservationStore.Open(Path.Combine(_home, "medsec.db"));
        Assert.Equal(2, store.ObservationCount());
    }

    [Fact]
    public void ARefusedFileIsOneLineOnStderrAndExitOne()
    {
        var run = CliRunner.Run("ingest", Input("contacts.csv", "nom;prénom\nDupont;Marie\n"), "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.ErrLines);
        Assert.StartsWith("medsec: contacts.csv : En-tête non reconnu", line);
    }

    [Fact]
    public void AnUnknownFormatIsARefusedRequest()
    {
        // An unknown code, read but refused: exit 1, as an unknown grade or région.
        var run = CliRunner.Run("ingest", Input(), "--format", "xml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Format 'xml' inconnu", run.Err);
    }

    /// <summary>
    /// A blank --format is the default, auto, as a blank ?format= is for POST /api/imports and a blank --zone or --date is
    /// for the other verbs; the CLI refused it as "Format '' inconnu", exit 1, where the API imported the file.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void ABlankFormatIsAuto(string format)
    {
        var run = CliRunner.Run("ingest", Input(), "--format", format, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("observations", run.Json().GetProperty("format").GetString());
    }

    [Fact]
    public void RejectsAreWrittenToOut()
    {
        var rejects = Path.Combine(_home, "rejets.csv");
        var run = CliRunner.Run("ingest", Input(), "--rejects", rejects);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Date;Secteur;Région;Salaire;Base;Brut/Net;Intitulé du poste\r\n15/03/2025;Privé;Lune;2000;Mensuel;Brut;Secrétaire\r\n",
            Encoding.Latin1.GetString(File.ReadAllBytes(rejects)));
        Assert.Contains("Acceptés", run.Out);
        Assert.Contains("Région 'Lune' inconnue", run.Out);
        Assert.Contains("Rejets écrits dans", run.Out);
    }

    /// <summary>The table says what became of unknown columns: kept with each row of an observation file, ignored in a
    /// payroll, whose rows store only its own columns (a payroll's "Service" was said to be "gardée à part").</summary>
    [Fact]
    public void UnknownColumnsAreSaidKeptForObservationsAndIgnoredForAPayroll()
    {
        var observations = CliRunner.Run("ingest", Input("enquete.csv", "Date;Secteur;Région;Salaire;Service\r\n15/03/2025;Privé;84;2000;Radiologie\r\n"));
        var payroll = CliRunner.Run("ingest", Input("paie.csv", "Matricule;Salaire de base;Service\r\nA1;2000;Radiologie\r\n"));

        Assert.Equal((0, 0), (observations.ExitCode, payroll.ExitCode));
        Assert.Contains("Colonnes inconnues (gardées à part)", observations.Out);
        Assert.Contains("Colonnes inconnues (ignorées)", payroll.Out);
        Assert.DoesNotContain("gardées à part", payroll.Out);
    }

    /// <summary>An .xlsx given to ingest is said to be a spreadsheet, in one line, as the dashboard says it; it was refused
    /// as "En-tête non reconnu : la première ligne ne contient aucune des colonnes d'observation".</summary>
    [Fact]
    public void ASpreadsheetIsSaidToBeOne()
    {
        var path = Path.Combine(_home, "paie.xlsx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);

        var run = CliRunner.Run("ingest", path, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["medsec: paie.xlsx : Ce fichier est un classeur Excel (.xlsx), un document Office ou une archive ZIP, pas un fichier texte : enregistrez vos données au format CSV."], run.ErrLines);
    }

    /// <summary>Bytes that are not text are said to be so, in one line, as the dashboard says it; a NUL in a salary was
    /// rejected as "'18␀50' n'est pas un montant", which a terminal prints as '1850', and the rest stored.</summary>
    [Fact]
    public void ANulByteRefusesTheFileAsBinary()
    {
        var path = Path.Combine(_home, "enquete.csv");
        File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes("Date;Secteur;Région;Salaire\n2025-03-01;Privé;84;1900\n2025-03-01;Privé;84;18\u000050\n"));

        var run = CliRunner.Run("ingest", path, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["medsec: enquete.csv : Ce fichier contient des données binaires, pas du texte : enregistrez vos données au format CSV."], run.ErrLines);
        Assert.False(File.Exists(Path.Combine(_home, "medsec.db")) && ObservationCount() > 0);
    }

    /// <summary>A quote never closed refuses the file whole at the quote's line: the row before it was stored, the rest
    /// swallowed into one rejected record, and the corrected file (another SHA-256) then stored that row twice.</summary>
    [Fact]
    public void AnUnclosedQuoteRefusesTheFileAtItsLineAndStoresNothing()
    {
        var path = Input("enquete.csv",
            "Date;Secteur;Région;Salaire;Intitulé du poste\r\n" +
            "15/03/2025;Privé;84;2000;Secrétaire\r\n" +
            "15/03/2025;Privé;84;2000;\"Secrétaire\r\n" +
            "15/03/2025;Privé;84;2000;Secrétaire\r\n");

        var run = CliRunner.Run("ingest", path, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["medsec: enquete.csv : Guillemet ouvert à la ligne 3 et jamais refermé : la suite du fichier serait lue comme un " +
            "seul champ, rien n'est importé. Refermez-le (un guillemet dans le texte s'écrit \"\") puis importez de nouveau le fichier."], run.ErrLines);
        Assert.False(File.Exists(Path.Combine(_home, "medsec.db")) && ObservationCount() > 0);
    }

    /// <summary>A JSON file of offers is read without a separator, and the table says so (it said "barre verticale (|)").</summary>
    [Fact]
    public void AJsonFileOfOffersIsSaidToHaveNoSeparator()
    {
        var offers = "{\"resultats\": [{\"id\": \"J1\", \"intitule\": \"Secretaire medicale\", \"romeCode\": \"M1609\", " +
            "\"dateCreation\": \"2025-03-01T10:00:00.000Z\", \"lieuTravail\": {\"codePostal\": \"69003\"}, \"typeContrat\": \"CDI\", " +
            "\"salaire\": {\"libelle\": \"Mensuel de 1900.0 Euros\"}}]}";

        var run = CliRunner.Run("ingest", Input("offres.json", offers));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("utf-8, aucun (JSON)", run.Out);
        Assert.DoesNotContain("barre verticale", run.Out);
    }

    /// <summary>
    /// A blank FILE (a shell variable left empty: <c>medsec ingest "$F"</c>) is a missing value, bad usage (exit 2), said in
    /// French. It was an "erreur inattendue (ArgumentException) : The value cannot be an empty string", exit 1.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ABlankFileIsBadUsage(string file)
    {
        var run = CliRunner.Run("ingest", file, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["medsec: Fichier à importer manquant : donnez son chemin."], run.ErrLines);
    }

    /// <summary>
    /// A blank <c>--rejects</c> is a missing value too (exit 2), and nothing is imported: "" was an ArgumentException in
    /// English, and "  " wrote the rejected records to a file named by two spaces in the working directory.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ABlankRejectsPathIsBadUsageAndImportsNothing(string rejects)
    {
        var run = CliRunner.Run("ingest", Input(), "--rejects", rejects);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["medsec: Option --rejects sans chemin : donnez le fichier où écrire les rejets."], run.ErrLines);
        Assert.False(File.Exists(Path.Combine(_home, "medsec.db")) && ObservationCount() > 0);
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, rejects)));
    }

    private long ObservationCount()
    {
        using var store = ObservationStore.Open(Path.Combine(_home, "medsec.db"));
        return store.ObservationCount();
    }
}
