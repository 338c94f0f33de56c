using System.Globalization;
using MedSec.Analytics.Grids;
using MedSec.Domain.Codes;

namespace MedSec.Web.Components.Grid;

/// <summary>The inputs of the "Grille salariale" form, bound to its fields, turned into the shared request parser's strings.</summary>
public sealed class GridForm
{
    /// <summary>"Usual agreement of the employer type" in the agreement select.</summary>
    public const string UsualAgreement = "";

    public string Region { get; set; } = "75";

    public EmployerType Employer { get; set; } = EmployerType.Clinique;

    public string Agreement { get; set; } = UsualAgreement;

    public int Percentile { get; set; } = 60;

    public int Levels { get; set; } = 5;

    public int Steps { get; set; } = 5;

    public DateTime? Date { get; set; } = DateTime.Today;

    /// <summary>Employer charge rate in percent; null for MedSec's assumption.</summary>
    public decimal? ChargeRatePercent { get; set; }

    /// <summary>The payroll import compared with the grid; null for none.</summary>
    public long? Payroll { get; set; }

    public GridDesignQuery ToQuery() => GridRequestParser.Design(
        Region, CodeBook.Employers.ToCode(Employer), Number(Percentile), Number(Levels), Number(Steps),
        Agreement.Length == 0 ? null : Agreement,
        Date is { } d ? DateOnly.FromDateTime(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Payroll?.ToString(CultureInfo.InvariantCulture), levelGap: null,
        ChargeRatePercent is { } rate ? (rate / 100m).ToString(CultureInfo.InvariantCulture) : null);

    /// <summary>The URL of <c>GET /api/grids/export</c> that answers the grid of <paramref name="q"/>.</summary>
    public static string ExportUrl(GridDesignQuery q, string format, string? table = null)
    {
        var parts = new List<string>
        {
            $"format={format}", $"region={q.Region.Code}", $"employer={CodeBook.Employers.ToCode(q.Employer)}",
            $"percentile={q.Percentile.ToString(CultureInfo.InvariantCulture)}", $"levels={q.Levels}", $"steps={q.Steps}",
            string.Create(CultureInfo.InvariantCulture, $"date={q.Date:yyyy-MM-dd}"),
        };
        if (table is not null) parts.Add($"table={table}");
        if (q.Agreement is { } a) parts.Add($"agreement={CodeBook.Agreements.ToCode(a)}");
        if (q.Payroll is { } p) parts.Add($"payroll={p}");
        if (q.ChargeRate is { } c) parts.Add($"chargeRate={c.ToString(CultureInfo.InvariantCulture)}");
        return "/api/grids/export?" + string.Join("&", parts);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
