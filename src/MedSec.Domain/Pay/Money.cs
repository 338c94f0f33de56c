namespace MedSec.Domain.Pay;

/// <summary>Rounding of pay amounts (DESIGN.md, Conventions): each component to the cent, half away from zero.</summary>
public static class Money
{
    /// <summary>
    /// The largest amount MedSec takes, in a file or a question: beyond it a figure is a typo, and the pay rules'
    /// arithmetic (× 151.67, × 16 months) stays far from decimal's 28 digits, where a cent can no longer be kept.
    /// </summary>
    public const decimal MaxAmount = 10_000_000m;

    /// <summary><see cref="MaxAmount"/> in cents.</summary>
    public const long MaxAmountCents = (long)(MaxAmount * 100m);

    /// <summary>Rounds an amount in euros to the cent, half away from zero (0.005 → 0.01).</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds a rate to 4 decimals, half away from zero (used for effective contribution rates).</summary>
    public static decimal Rate4(decimal rate) => Math.Round(rate, 4, MidpointRounding.AwayFromZero);
}
