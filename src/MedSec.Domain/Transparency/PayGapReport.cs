namespace MedSec.Domain.Transparency;

/// <summary>
/// A women/men pay gap (écart de rémunération) in percent of the men's figure: (men − women) ÷ men × 100, to 2 decimals.
/// Positive when women are paid less. Null when it cannot be computed (a sex missing, or the men's figure is zero).
/// </summary>
public sealed record GapFigure(decimal? MeanGap, decimal? MedianGap);

/// <summary>The gaps of base, variable and total pay, in one unit (annual or hourly).</summary>
public sealed record GapTable(GapFigure Base, GapFigure Variable, GapFigure Total);

/// <summary>Average pay of the women (or the men) of a group, to the cent.</summary>
/// <param name="ShareWithVariable">Proportion receiving complementary or variable components (art. 9(1)(e)), 0–1.</param>
public sealed record SexAverages(
    int Count,
    decimal MeanAnnualBase,
    decimal MeanAnnualVariable,
    decimal MeanAnnualTotal,
    decimal MeanHourlyTotal,
    decimal MedianHourlyTotal,
    decimal ShareWithVariable);

/// <summary>
/// The pay-gap figures of one category of workers (or of the whole workforce). A category of fewer than k people with
/// a known sex is not shown (<see cref="Shown"/> false and every figure null, its headcount included).
/// </summary>
/// <param name="Alert">Art. 10: a gap in average pay of at least 5 % (hourly total pay, either way) in the category.</param>
public sealed record CategoryGap(
    string Category,
    bool Shown,
    int? Headcount,
    SexAverages? Women,
    SexAverages? Men,
    GapTable? Annual,
    GapTable? Hourly,
    bool Alert,
    string? Note);

/// <summary>One quarter of the workforce ranked by hourly pay (art. 9(1)(f)): how many women and men are in it.</summary>
/// <param name="Quartile">1 = lowest paid quarter.</param>
/// <param name="WomenShare">Share of women, 0–1, to 4 decimals.</param>
public sealed record QuartileBand(int Quartile, int Women, int Men, decimal WomenShare);

/// <summary>
/// The pay-transparency report of an imported payroll (Directive (EU) 2023/970 art. 9–10 and the French transposition
/// bill of March 2026): gaps overall and per category, base and variable, annual and hourly, mean and median; the 5 %
/// alert; categories under k not shown.
/// </summary>
/// <param name="WithoutGender">Employees whose sex is not given, left out of every gap.</param>
/// <param name="Quartiles">Null when the workforce is too small (each quarter must hold at least k people).</param>
/// <param name="AlertCategories">Categories whose gap is at least the threshold (a joint pay assessment is due unless justified).</param>
public sealed record PayGapReport(
    int K,
    decimal AlertThreshold,
    int Headcount,
    int WithoutGender,
    CategoryGap Overall,
    IReadOnlyList<CategoryGap> Categories,
    IReadOnlyList<QuartileBand>? Quartiles,
    IReadOnlyList<string> AlertCategories,
    IReadOnlyList<string> Warnings);
