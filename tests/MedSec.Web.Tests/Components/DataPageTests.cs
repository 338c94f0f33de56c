using Bunit;
using MedSec.Analytics.Imports;
using MedSec.Web.Components.Pages;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MedSec.Web.Tests.Components;

/// <summary>The Data page over the real import service and a store in a temporary folder.</summary>
public sealed class DataPageTests : BunitTest, IDisposable
{
    private readonly TestHome _home = new();
    private readonly ImportService _imports;

    public DataPageTests()
    {
        _imports = new ImportService(MedSec.Analytics.MedSecServices.LoadDefault().Pay, _home.DatabasePath);
        Context.Services.AddSingleton<IImportService>(_imports);
    }

    [Fact]
    public void WithoutImportsItSaysTheSyntheticSampleIsUsed()
    {
        var cut = RenderWithProviders<DataPage>();

        Assert.Contains("synthétique", cut.Find("[data-testid=synthetic-label]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=no-imports]"));
    }

    [Fact]
    public void UploadingAFileShowsItsReportAndListsTheImport()
    {
        var cut = RenderWithProviders<DataPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(ObservationCsv.Mixed("bunit-upload"), "salaires.csv"));

        cut.WaitForElement("[data-testid=import-report]");
        Assert.Equal("5", cut.Find("[data-testid=count-read]").TextContent);
        Assert.Equal("3", cut.Find("[data-testid=count-accepted]").TextContent);
        Assert.Equal("2", cut.Find("[data-testid=count-rejected]").TextContent);
        Assert.Equal("1", cut.Find("[data-testid=count-flagged]").TextContent);
        var rejected = cut.FindAll("[data-testid=rejections] tbody tr").Select(r => r.Children[0].TextContent + " " + r.Children[1].TextContent.Trim());
        Assert.Equal(["3 sector", "6 pay_amount"], rejected);
        // The flag's sentence, ISO in the API and the CLI, shows the page's date and euro formats; the rejection quotes the
        // file's value as written.
        var flag = Text.Normalize(cut.Find("[data-testid=flags] tbody tr").Children[2].TextContent);
        Assert.Equal("900,00 € par mois à temps plein, sous le SMIC en vigueur au 15/03/2025 (1 801,80 €).", flag);
        Assert.StartsWith("Secteur 'martian' inconnu", cut.Find("[data-testid=rejections] tbody tr").Children[2].TextContent.Trim());
        Assert.Single(cut.FindAll("[data-testid=import-row]"));
    }

    /// <summary>The report says what became of unknown columns: kept with each row of an observation file (they were said
    /// to be ignored), ignored in a payroll.</summary>
    [Theory]
    [InlineData("Date;Secteur;Région;Salaire;Service\n15/03/2025;Privé;84;2000;Radiologie\n", "Colonnes inconnues, gardées à part avec chaque ligne : Service")]
    [InlineData("Matricule;Salaire de base;Service\nA1;2000;Radiologie\n", "Colonnes ignorées (inconnues) : Service")]
    public void TheReportSaysWhatBecameOfUnknownColumns(string text, string expected)
    {
        var cut = RenderWithProviders<DataPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(text, "fichier.csv"));

        cut.WaitForElement("[data-testid=import-report]");
        Assert.Contains(expected, Text.Squash(cut.Find("[data-testid=import-report]").TextContent));
    }

    [Fact]
    public void ASpreadsheetIsRefusedWithAFrenchSentenceAndNothingIsStored()
    {
        var cut = RenderWithProviders<DataPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "salaires.csv"));

        cut.WaitForElement("[data-testid=upload-error]");
        Assert.Contains("Excel", cut.Find("[data-testid=upload-error]").TextContent);
        Assert.Empty(_imports.Imports());
    }

    [Fact]
    public void AFaultOfOursDuringAnImportIsSaidInFrenchAndThePageIsReadyForAnotherFile()
    {
        Context.Services.AddSingleton<IImportService>(new FailingImports(_imports));
        var cut = RenderWithProviders<DataPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(ObservationCsv.Mixed("bunit-fault"), "salaires.csv"));

        cut.WaitForElement("[data-testid=upload-error]");
        Assert.Equal(Text.Normalize(Web.Imports.ImportUploader.UnexpectedFailure("salaires.csv")), Text.Normalize(cut.Find("[data-testid=upload-error]").TextContent));
        Assert.DoesNotContain("Exception", cut.Markup);
        Assert.False(cut.Find("input[type=file]").HasAttribute("disabled"));
    }

    [Fact]
    public void ARefusedFileDoesNotLeaveTheReportOfTheFileBefore()
    {
        var cut = RenderWithProviders<DataPage>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(ObservationCsv.Mixed("bunit-before"), "salaires.csv"));
        cut.WaitForElement("[data-testid=import-report]");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(ObservationCsv.Header + "\n", "vide.csv"));

        cut.WaitForElement("[data-testid=upload-error]");
        Assert.Contains("aucun enregistrement sous l'en-tête", cut.Find("[data-testid=upload-error]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=import-report]"));
        Assert.Single(cut.FindAll("[data-testid=import-row]"));
    }

    [Fact]
    public void AFileOfAnotherTypeIsRefusedBeforeBeingRead()
    {
        var cut = RenderWithProviders<DataPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("a;b\n1;2\n", "salaires.xlsx"));

        cut.WaitForElement("[data-testid=upload-error]");
        Assert.Contains(".xlsx", cut.Find("[data-testid=upload-error]").TextContent);
    }

    [Fact]
    public void DeletingAnImportAsksForConfirmationThenRemovesIt()
    {
        _imports.Import("ancien.csv", ObservationCsv.Bytes(ObservationCsv.Valid("bunit-delete")));
        var cut = RenderWithProviders<DataPage>();

        cut.Find("[data-testid=delete-import]").Click();
        cut.WaitForElement("[role=alertdialog]");
        Assert.Contains("ancien.csv", cut.Find("[role=alertdialog]").TextContent);
        cut.Find("[data-testid=deletion-confirm]").Click();

        cut.WaitForElement("[data-testid=no-imports]");
        Assert.Empty(_imports.Imports());
        Assert.Contains("ancien.csv", cut.Find("[data-testid=import-deleted]").TextContent);
    }

    /// <summary>A payroll's accepted rows are employees, never market observations (they are kept apart from them): the
    /// question before deleting one counts them as what they are.</summary>
    [Fact]
    public void DeletingAPayrollCountsItsEmployeesNotObservations()
    {
        _imports.Import("paie.csv", System.Text.Encoding.UTF8.GetBytes(
            "Matricule;Sexe;Salaire de base brut\nA1;F;2000\nA2;M;2100\nA3;F;2050\n"));
        var cut = RenderWithProviders<DataPage>();

        cut.Find("[data-testid=delete-import]").Click();
        cut.WaitForElement("[role=alertdialog]");

        var question = Text.Squash(cut.Find("[role=alertdialog]").TextContent);
        Assert.Contains("3 salariés", question);
        Assert.DoesNotContain("observation", question);
    }

    public void Dispose() => _home.Dispose();
}

/// <summary>The real service, except that importing fails as a bug of ours would (not a refusal of the file).</summary>
internal sealed class FailingImports(IImportService inner) : IImportService
{
    public ImportReport Import(string path, ImportOptions? options = null) => throw new InvalidOperationException("bug");

    public ImportReport Import(string fileName, ReadOnlyMemory<byte> content, ImportOptions? options = null) =>
        throw new KeyNotFoundException("The given key 'BelowFloor, Absurd' was not present in the dictionary.");

    public IReadOnlyList<MedSec.Data.Store.ImportRecord> Imports() => inner.Imports();

    public bool Delete(long importId) => inner.Delete(importId);
}
