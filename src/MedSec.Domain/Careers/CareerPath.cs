namespace MedSec.Domain.Careers;

/// <summary>
/// One year of a path: the role held at its end (with the specialty for secretaries) and the average monthly gross and net
/// over its 12 months, each rounded to the cent. <paramref name="TrainingMonths"/> of the year are spent training.
/// </summary>
public sealed record PathStep(
    int Year,
    DateOnly Start,
    string Role,
    string? Specialty,
    decimal MonthlyGross,
    decimal MonthlyNet,
    int TrainingMonths);

/// <summary>A training route taken on a path, with its length and usual funding.</summary>
public sealed record PathTraining(string Code, string Label, int Months, string Funding);

/// <summary>
/// A career path over the horizon. <paramref name="CumulativeGross"/> = Σ step.MonthlyGross × 12 and
/// <paramref name="CumulativeNet"/> = Σ step.MonthlyNet × 12. <paramref name="IncomeLostToTraining"/> is the gross the
/// old role would have paid during the training months, minus what the learner earned. <paramref name="Probability"/> is
/// the chance, under the transition model, that someone of this profile makes the path's moves within the horizon (for
/// the path that stays put: makes no move at all); the paths of one move and staying put exclude each other, so their
/// chances add up to at most 1 (the rest: moves the horizon leaves no time to pay). <paramref name="ExpectedCumulativeNet"/> weighs the path's cumulative net
/// by that chance against staying put: p × this path + (1 − p) × staying; paths are ranked by it.
/// </summary>
public sealed record CareerPath(
    string Name,
    IReadOnlyList<string> Moves,
    IReadOnlyList<PathStep> Steps,
    decimal CumulativeGross,
    decimal CumulativeNet,
    int TrainingMonths,
    decimal IncomeLostToTraining,
    decimal Probability,
    decimal ExpectedCumulativeNet,
    IReadOnlyList<PathTraining> Training);

/// <summary>The paths from one starting profile, best expected cumulative net first.</summary>
public sealed record PathsResult(
    string Region,
    int Experience,
    string Role,
    string Specialty,
    int Years,
    DateOnly Start,
    IReadOnlyList<CareerPath> Paths,
    string TransitionModel,
    string MarketPay,
    IReadOnlyList<string> Warnings);
