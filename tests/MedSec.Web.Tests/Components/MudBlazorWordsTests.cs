using System.Globalization;
using Bunit;
using MedSec.Web.Components.Forms;
using MedSec.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MedSec.Web.Tests.Components;

/// <summary>
/// The words MudBlazor writes itself into our pages (button names a screen reader says aloud) are French, as the app
/// registers them (<see cref="FrenchCulture.AddFrenchCulture"/>): the date fields' calendar button said "Open", its
/// arrows "Next month (décembre 2026)", and the close button of the message shown after a deletion "Close".
/// </summary>
public sealed class MudBlazorWordsTests : BunitTest
{
    public MudBlazorWordsTests()
    {
        Context.Services.AddFrenchCulture();
        // The circuit runs in fr-FR (RequestLocalization); the month names in the calendar come from it.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
    }

    [Fact]
    public void TheDateFieldsCalendarButtonIsNamedInFrench()
    {
        var cut = Context.Render<FrenchDatePicker>(p => p.Add(d => d.Label, "Date").Add(d => d.Editable, true));

        var button = cut.Find(".mud-input-adornment button");

        Assert.Equal("Ouvrir le calendrier", button.GetAttribute("aria-label"));
    }

    [Fact]
    public void TheCalendarsArrowsNameTheirMonthInFrench()
    {
        var cut = Context.Render<MudDatePicker>(p => p
            .Add(d => d.PickerVariant, PickerVariant.Static)
            .Add(d => d.Date, new DateTime(2026, 11, 25)));

        var labels = cut.FindAll(".mud-picker-calendar-header button, .mud-picker-nav-button-next, .mud-picker-nav-button-prev")
            .Select(b => b.GetAttribute("aria-label") ?? "").ToList();

        Assert.Contains(labels, l => l.StartsWith("Mois suivant", StringComparison.Ordinal) && l.Contains("décembre 2026", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Mois précédent", StringComparison.Ordinal) && l.Contains("octobre 2026", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, l => l.Contains("month", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TheMessageAfterADeletionHasAFrenchCloseButton()
    {
        var provider = Context.Render<MudSnackbarProvider>();
        var snackbars = Context.Services.GetRequiredService<ISnackbar>();

        provider.InvokeAsync(() => snackbars.Add("Paie n° 1 supprimée.", Severity.Success));

        var close = provider.WaitForElement(".mud-snackbar-close-button");
        Assert.Equal("Fermer", close.GetAttribute("aria-label"));
    }
}
