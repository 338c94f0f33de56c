using MedSec.Analytics.Estimation;

namespace MedSec.Web.Hosting;

/// <summary>
/// Loads (or trains, a few seconds) the pay model and the career transition model, and reads the market data, in the background once the app has started,
/// so the first visitor does not wait. Off when <see cref="Setting"/> is <c>false</c> (tests that never estimate).
/// </summary>
public sealed class WarmUp(
    MedSec.Analytics.MedSecServices services, IPayEstimator estimator, MarketSnapshot market, IConfiguration configuration, ILogger<WarmUp> logger)
    : BackgroundService
{
    public const string Setting = "MedSec:WarmUp";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration[Setting] is "false" or "False") return Task.CompletedTask;
        return Task.Run(() =>
        {
            try
            {
                _ = market.Current;
                logger.LogInformation("Pay model ready: {Model}", estimator.Model.Description);
                logger.LogInformation("Career paths ready: {Model}", services.Careers.TransitionReport.Summary);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Warm-up failed; the first request will retry");
            }
        }, stoppingToken);
    }
}
