using System.Text.Json.Serialization;

namespace MedSec.Domain.Pay;

/// <summary>One échelon change on a public career timeline (avancement d'échelon).</summary>
public sealed record CareerStep(DateOnly Date, string Grade, int Echelon, int IndexPoints, decimal TotalMonthlyGross)
{
    /// <summary>
    /// The part of <see cref="TotalMonthlyGross"/> that is traitement indiciaire + CTI (<see cref="PublicPay.IndexedPay"/>),
    /// for the net (not part of the <c>career public</c> contract); null when unknown, the whole gross then counting.
    /// </summary>
    [JsonIgnore]
    public decimal? IndexedPay { get; init; }

    public static CareerStep Of(PublicPay pay) =>
        new(pay.Date, pay.Grade, pay.Echelon, pay.IndexPoints, pay.TotalMonthlyGross) { IndexedPay = pay.IndexedPay };
}

/// <summary>The échelon timeline of one grade from a start date, without grade promotion.</summary>
public sealed record PublicCareer(
    string Grade,
    DateOnly Start,
    int Years,
    int StartEchelon,
    IReadOnlyList<CareerStep> Steps,
    IReadOnlyList<string> Warnings);
