using MedSec.Domain.Codes;

namespace MedSec.Web.Formatting;

/// <summary>More fr-FR formats of the dashboard pages (see <see cref="FrenchFormat"/> for euros and dates).</summary>
public static class DashboardFormat
{
    /// <summary>A moment in the server's time zone: <c>23/11/2026 à 14:05</c>.</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.ToLocalTime().ToString("dd/MM/yyyy 'à' HH:mm", FrenchFormat.Culture);

    public static string Count(long value) => FrenchFormat.Integer(value);

    /// <summary>A count of observations, singular under two as French writes it: <c>1 observation</c>, <c>1 200 observations</c>.</summary>
    public static string Observations(long count) => Count(count) + (count < 2 ? " observation" : " observations");

    /// <summary>Whole euros: <c>2 412 €</c>.</summary>
    public static string WholeEuros(decimal amount) =>
        Math.Round(amount, 0, MidpointRounding.AwayFromZero).ToString("#,##0", FrenchFormat.Culture) + "\u00a0€";

    /// <summary>Years of experience: <c>1 an</c>, <c>4 ans</c>, <c>2,5 ans</c>.</summary>
    public static string Years(decimal years) =>
        years.ToString("0.#", FrenchFormat.Culture) + (years is >= 0m and < 2m ? "\u00a0an" : "\u00a0ans");

    /// <summary>Weekly hours: <c>28 h</c>, <c>17,5 h</c>.</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", FrenchFormat.Culture) + "\u00a0h";

    /// <summary>A share: <c>42 %</c>.</summary>
    public static string Percent(double share)
    {
        var percent = Math.Round(share * 100, 0);
        // Never round a part up to the whole, nor a part down to nothing.
        if (percent == 100 && share < 1) return "plus de 99\u00a0%";
        if (percent == 0 && share > 0) return "moins de 1\u00a0%";
        return percent.ToString("0", FrenchFormat.Culture) + "\u00a0%";
    }

    public static string Region(string code) => CodeBook.RegionNames.GetValueOrDefault(code, code);
}
