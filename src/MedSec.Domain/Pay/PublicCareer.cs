namespace MedSec.Domain.Pay;

/// <summary>One échelon change on a public career timeline (avancement d'échelon).</summary>
public sealed record CareerStep(DateOnly Date, string Grade, int Echelon, int IndexPoints, decimal TotalMonthlyGross);

/// <summary>The échelon timeline of one grade from a start date, without grade promotion.</summary>
public sealed record PublicCareer(
    string Grade,
    DateOnly Start,
    int Years,
    int StartEchelon,
    IReadOnlyList<CareerStep> Steps,
    IReadOnlyList<string> Warnings);
