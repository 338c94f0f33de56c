using MedSec.Web.Api;
using MedSec.Web.Components;
using MedSec.Web.Hosting;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
// Serve _content/* and _framework/* from the build output in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddFrenchCulture();
builder.Services.AddMedSecErrorHandling();
builder.Services.AddMedSecApi();
builder.Services.AddMedSecServices();

var app = builder.Build();

app.UseHeadAsGet();
app.UseMedSecErrorHandling();
app.UseRequestLocalization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapMedSecApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
