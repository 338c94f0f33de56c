using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DataBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AUserUploadsAFileReadsTheReportThenDeletesTheImport()
    {
        var page = await browser.OpenAsync("/donnees");

        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = "salaires-cabinet.csv",
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Mixed("browser")),
        });

        var report = page.GetByTestId("import-report");
        await Assertions.Expect(report).ToContainTextAsync("salaires-cabinet.csv");
        Assert.Equal("5", await page.GetByTestId("count-read").InnerTextAsync());
        Assert.Equal("3", await page.GetByTestId("count-accepted").InnerTextAsync());
        Assert.Equal("2", await page.GetByTestId("count-rejected").InnerTextAsync());
        Assert.Equal("1", await page.GetByTestId("count-flagged").InnerTextAsync());
        await Assertions.Expect(page.GetByTestId("rejections").Locator("tbody tr").First).ToContainTextAsync("sector");
        var row = page.GetByTestId("import-row").Filter(new() { HasText = "salaires-cabinet.csv" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "donnees");

        await row.GetByTestId("delete-import").ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Supprimer" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ASpreadsheetIsRefusedWithAReason()
    {
        var page = await browser.OpenAsync("/donnees");

        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = "salaires.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
        });

        await Assertions.Expect(page.GetByTestId("upload-error")).ToContainTextAsync(".xlsx");
    }
}
