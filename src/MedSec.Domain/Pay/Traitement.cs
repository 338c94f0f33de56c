namespace MedSec.Domain.Pay;

/// <summary>Traitement indiciaire brut: what a number of index points is worth a month.</summary>
public static class Traitement
{
    /// <summary>
    /// round(points × annual point value / 1200, 2): the point value is the annual value of index 100, so a month of one
    /// point is annual / 100 / 12 (décret 85-1148 art. 3: traitement annuel de l'indice 100). The product is rounded once, never IM × a rounded monthly
    /// point (4.92278 € loses a cent on some rows; DESIGN.md, Conventions).
    /// </summary>
    public static decimal Monthly(decimal points, decimal annualPointValue) =>
        Money.Cents(points * annualPointValue / (IndexBase * WorkingTime.MonthsPerYear));

    /// <summary>The point value is the annual traitement of index 100 (valeur du point = traitement de l'indice 100).</summary>
    private const int IndexBase = 100;
}
