using MedSec.Analytics.Pay;
using MedSec.Data.Careers;
using MedSec.Domain.Careers;
using MedSec.Domain.Reference;

namespace MedSec.Analytics.Careers;

/// <summary>Builds the career-paths service from careers.csv, the career histories and the pay services.</summary>
public static class CareerServices
{
    /// <summary>
    /// The service over <paramref name="histories"/>: chooses the transition model (counting baseline or ML.NET, by held-out
    /// log-loss) and pays market roles through <paramref name="marketPay"/>.
    /// </summary>
    public static CareerPathService Create(
        CareerCatalog catalog, ReferenceData reference, IPayService pay, IMarketPay marketPay,
        IReadOnlyList<CareerHistoryRow> histories, bool syntheticHistories)
    {
        var (model, report) = TransitionModelSelection.Select(catalog, histories, syntheticHistories);
        return new CareerPathService(catalog, reference, pay, marketPay, model, report);
    }

    /// <summary>The bundled synthetic histories (data/sample, or <c>$MEDSEC_DATA/sample</c>).</summary>
    public static IReadOnlyList<CareerHistoryRow> DefaultHistories() => CareerHistoryCsv.LoadDefault();
}
