using MedSec.Analytics.Pay;
using MedSec.Data.Reference;
using MedSec.Domain.Reference;

namespace MedSec.Analytics;

/// <summary>
/// The composition root the CLI, the web app and the notebooks share: one set of reference data and the services built
/// on it, so every face computes with the same figures. Later issues add their services here.
/// </summary>
public sealed class MedSecServices
{
    public MedSecServices(ReferenceData reference)
    {
        Reference = reference;
        Pay = new PayService(reference);
    }

    public ReferenceData Reference { get; }

    public IPayService Pay { get; }

    /// <summary>Services over the bundled reference data (or <c>$MEDSEC_DATA/reference</c>, see <see cref="ReferenceDataLoader"/>).</summary>
    public static MedSecServices LoadDefault() => new(ReferenceDataLoader.LoadDefault());
}
