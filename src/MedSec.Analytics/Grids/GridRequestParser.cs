using MedSec.Analytics.Estimation;
using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Grids;

namespace MedSec.Analytics.Grids;

/// <summary>
/// Turns the raw strings of <c>medsec grid design</c>'s options and of the API's JSON body into a
/// <see cref="GridDesignQuery"/>, refusing the rest with the same French sentences (<see cref="MedSecInputException"/>:
/// an unknown code is <see cref="InputErrorKind.UnknownCode"/>, a value out of its range <see cref="InputErrorKind.OutOfRange"/>,
/// anything else <see cref="InputErrorKind.BadInput"/>).
/// Names are the API's (camelCase); the CLI's options are the same words in kebab-case.
/// </summary>
public static class GridRequestParser
{
    public static GridDesignQuery Design(
        string? region, string? employer, string? percentile, string? levels, string? steps,
        string? agreement = null, string? date = null, string? payroll = null, string? levelGap = null, string? chargeRate = null,
        DateOnly? today = null)
    {
        var p = PayRequestParser.Number(percentile, "percentile");
        if (p is < 1m or > 99m) throw GridErrors.PercentileOutOfRange(p);
        var k = PayRequestParser.Integer(levels, "levels");
        if (k is < 1 or > GridErrors.MaxLevels) throw GridErrors.LevelsOutOfRange(k);
        var s = PayRequestParser.Integer(steps, "steps");
        if (s < 1 || s > SeniorityScale.MaxSteps) throw GridErrors.StepsOutOfRange(s);
        return new GridDesignQuery(
            EstimateRequestParser.Region(region), Employer(employer), p, k, s,
            string.IsNullOrWhiteSpace(agreement) ? null : PayRequestParser.Agreement(agreement),
            string.IsNullOrWhiteSpace(date) ? today ?? DateOnly.FromDateTime(DateTime.Today) : PayRequestParser.Date(date, "date"),
            string.IsNullOrWhiteSpace(payroll) ? null : ImportId(payroll),
            string.IsNullOrWhiteSpace(levelGap) ? null : Rate(levelGap, "levelGap", LevelSpacing.MaxGap, GridErrors.LevelGapOutOfRange),
            string.IsNullOrWhiteSpace(chargeRate) ? null : Rate(chargeRate, "chargeRate", 1m, GridErrors.ChargeRateOutOfRange));
    }

    public static EmployerType Employer(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new MedSecInputException("Paramètre employer manquant.");
        return CodeBook.Employers.TryParse(code, out var employer)
            ? employer
            : throw new MedSecInputException(
                $"Type d'employeur inconnu '{PayRequestParser.Shown(code)}' (codes valides : {string.Join(", ", CodeBook.Employers.AllCodes)}).",
                InputErrorKind.UnknownCode);
    }

    /// <summary>A payroll import id: a positive whole number.</summary>
    public static long ImportId(string text) =>
        long.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new MedSecInputException($"Import de paie invalide '{PayRequestParser.Shown(text)}' : numéro d'import attendu (medsec payroll list).");

    /// <summary>A matricule of the payroll, as given (trimmed); blank, a missing value.</summary>
    public static string EmployeeId(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new MedSecInputException("Paramètre employee manquant.") : text.Trim();

    /// <summary>A rate given as a share (0.04) or a percentage (4 or "4 %"): values of 1 or more are read as percentages.</summary>
    public static decimal Rate(string text, string name, decimal max, Func<decimal, MedSecInputException> outOfRange)
    {
        var value = PayRequestParser.Number(text.Replace("%", "", StringComparison.Ordinal).Trim(), name);
        if (value >= 1m) value /= 100m;
        return value < 0m || value > max ? throw outOfRange(value) : value;
    }
}
