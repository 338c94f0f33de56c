using System.Runtime.CompilerServices;
using Bunit;

namespace MedSec.Web.Tests.Components;

/// <summary>
/// bUnit's waits give a component 1 s by default. On the 2-core CI machine, with the other test assemblies (Playwright's
/// Chromium among them) running beside this one, a page that plans career paths has taken longer than that (seen once:
/// 109 renders, the table not yet there). The wait still fails when the element never comes; it only allows a slow machine.
/// </summary>
internal static class BunitWaits
{
    [ModuleInitializer]
    internal static void AllowASlowMachine() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
}
