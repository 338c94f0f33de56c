using MedSec.Domain.Codes;

namespace MedSec.Analytics.Pay;

/// <summary>A public pay question: grade and échelon at a date.</summary>
public sealed record PublicPayQuery(GradeCode Grade, int Echelon, DateOnly Date, ResidenceZone Zone = ResidenceZone.Zone3, bool IncludeCti = true);

/// <summary>A private legal-floor question. Level is the agreement's own level code.</summary>
/// <param name="SeniorityYears">With a number, the agreement's add-ons for that many years are included (IDCC 2264's ECR).</param>
/// <param name="Region">The job's région: its SMIC is Mayotte's for région 06; null or any other région, the métropole's.</param>
public sealed record FloorQuery(
    Agreement Agreement, string Level, DateOnly Date, decimal WeeklyHours = 35m, int? SeniorityYears = null, Region? Region = null);

/// <summary>A gross → net question.</summary>
/// <param name="IndexedPay">For a titulaire, the part of the gross that is traitement indiciaire + CTI (null: all of it).</param>
public sealed record NetQuery(decimal Gross, Sector Sector, DateOnly Date, decimal? IndexedPay = null);

/// <summary>A public career timeline question (no grade promotion).</summary>
public sealed record PublicCareerQuery(GradeCode Grade, DateOnly Start, int Years, int StartEchelon = 1);
