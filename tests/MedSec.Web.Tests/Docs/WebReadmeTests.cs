using System.Reflection;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace MedSec.Web.Tests.Docs;

/// <summary>src/MedSec.Web/README.md is where a new developer finds the dashboard's pages: it names every one.</summary>
public sealed class WebReadmeTests
{
    [Fact]
    public void TheReadmeNamesEveryRoutablePageWithItsAddress()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "MedSec.Web", "README.md"));
        var pages = typeof(Program).Assembly.GetTypes()
            .Select(t => (Type: t, Routes: t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template).ToList()))
            .Where(p => p.Routes.Count > 0)
            .ToList();

        Assert.NotEmpty(pages);
        var missing = pages.Where(p => !readme.Contains($"`{p.Type.Name}`", StringComparison.Ordinal)
                || p.Routes.Any(r => !readme.Contains($"`{Shown(r)}", StringComparison.OrdinalIgnoreCase)))
            .Select(p => $"{p.Type.Name} ({string.Join(", ", p.Routes)})");
        Assert.Empty(missing);
    }

    // A route's template as the README writes its address: the route parameters as they are ({ImportId}), without their
    // constraints; /Error and /not-found are the Error and NotFound pages' own addresses.
    private static string Shown(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)(:\w+)?\}", "{$1}");
}
