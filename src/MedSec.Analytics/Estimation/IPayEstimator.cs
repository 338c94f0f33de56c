namespace MedSec.Analytics.Estimation;

/// <summary>
/// Market pay for a profile, with its interval, legal floor and explanation (<c>medsec estimate</c>, <c>GET /api/estimate</c>).
/// Thread-safe. Throws <see cref="MedSec.Domain.MedSecInputException"/> for a profile it cannot answer.
/// </summary>
public interface IPayEstimator
{
    PayEstimate Estimate(PayProfile profile);

    /// <summary>The model that answers.</summary>
    ModelInfo Model { get; }
}
