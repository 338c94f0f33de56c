using MedSec.Analytics.Careers;
using MedSec.Analytics.Estimation;
using MedSec.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Infrastructure;

/// <summary>
/// Makes a test server ready before its tests run: the pay model trained, the career transitions fitted, the market data
/// read (what the app's background warm-up does), so that a test's timeouts measure the page, not a model being trained
/// on a busy machine.
/// </summary>
public static class ServiceWarmUp
{
    public static Task RunAsync(IServiceProvider services) => Task.Run(() =>
    {
        _ = services.GetRequiredService<IPayEstimator>().Model;
        _ = services.GetRequiredService<ICareerPathService>().TransitionReport;
        _ = services.GetRequiredService<MarketSnapshot>().Current;
    });
}
