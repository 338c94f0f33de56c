using System.Globalization;
using MedSec.Data.Exports;
using MedSec.Domain;
using MedSec.Domain.Grids;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Grids;

/// <summary>
/// A designed grid as export tables: the grid, the market it was built from, the job-ad ranges and, with a payroll, the
/// staff analysis, its cost and the pay gaps. Each table carries the notes that must travel with it (synthetic market,
/// estimated charges, warnings). CSV: one file per table; XLSX: one sheet per table.
/// </summary>
public static class GridExports
{
    /// <summary>The tables' codes (CSV file suffixes and the API's <c>table</c> parameter), in workbook order.</summary>
    public static readonly IReadOnlyList<string> Codes = ["grille", "marche", "annonces", "personnel", "cout", "ecarts"];

    public static IReadOnlyList<ExportTable> Tables(GridDesign design)
    {
        var notes = Notes(design);
        var tables = new List<ExportTable> { Grid(design, notes), Market(design, notes), JobAds(design, notes) };
        if (design.Staff is { } staff)
        {
            var staffNotes = notes.Concat(Dressed(staff.Warnings)).Append(FrenchMessage.ForReader(staff.Cost.ChargeNote)).ToList();
            tables.Add(Staff(staff, staffNotes));
            tables.Add(Cost(staff.Cost, staffNotes));
        }
        if (design.Transparency is { } gaps) tables.Add(Gaps(gaps, [.. notes.Concat(Dressed(gaps.Warnings))]));
        return tables;
    }

    /// <summary>The table of that code (see <see cref="Codes"/>), or null when the design has none (no payroll).</summary>
    public static ExportTable? Table(GridDesign design, string code)
    {
        var index = Codes.ToList().IndexOf(code.Trim().ToLowerInvariant());
        if (index < 0) return null;
        var tables = Tables(design);
        var name = SheetNames[index];
        return tables.FirstOrDefault(t => t.Name == name);
    }

    public static byte[] Xlsx(GridDesign design) => XlsxExport.ToBytes(Tables(design));

    public static byte[] Csv(GridDesign design, string code = "grille") =>
        CsvExport.ToBytes(Table(design, code) ?? throw new MedSec.Domain.MedSecInputException(Absent(design, code), MedSec.Domain.InputErrorKind.UnknownCode));

    /// <summary>Why a table cannot be exported: an unknown name lists the names; a payroll table needs a payroll.</summary>
    private static string Absent(GridDesign design, string code) =>
        Codes.Contains(code.Trim().ToLowerInvariant()) && design.Staff is null
            ? $"Table '{code}' absente : les tables personnel, cout et ecarts demandent une paie importée (paramètre payroll)."
            : $"Table '{code}' inconnue : attendu {string.Join(", ", Codes)}.";

    private static readonly string[] SheetNames = ["Grille", "Marché", "Annonces", "Personnel", "Coût", "Écarts"];

    /// <summary>
    /// The notes a spreadsheet's reader sees, dated and in euros as the sheets' own figures are (<see cref="FrenchMessage"/>:
    /// 01/01/2024, 1 815,79 €), where they kept the API's ISO dates.
    /// </summary>
    private static List<string> Notes(GridDesign d)
    {
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"Grille MedSec au {d.Date:yyyy-MM-dd} : région {d.Region} ({d.RegionName}), employeur {d.Employer}, centile {d.Percentile:0.##} du marché, convention {d.Agreement ?? "aucune"}, montants bruts mensuels pour 35 h."),
            d.LevelGapSource,
        };
        notes.AddRange(d.Warnings);
        return Dressed(notes);
    }

    private static List<string> Dressed(IEnumerable<string> notes) => [.. notes.Select(n => FrenchMessage.ForReader(n))];

    private static ExportTable Grid(GridDesign d, List<string> notes)
    {
        var years = d.Levels[0].Steps.Select(s => s.Years).ToList();
        var columns = new List<ExportColumn>
        {
            new("Niveau", ExportKind.Integer), new("Libellé", ExportKind.Text), new("Position conventionnelle", ExportKind.Text),
            new("Plancher légal", ExportKind.Money), new("Plancher fixé par", ExportKind.Text),
        };
        columns.AddRange(years.Select(y => new ExportColumn(YearsHeader(y), ExportKind.Money)));
        var rows = d.Levels.Select(l => (IReadOnlyList<object?>)[
            l.Level, l.Label, l.Position, l.Floor, l.FloorBinding == "smic" ? "SMIC" : "convention",
            .. l.Steps.Select(s => (object?)s.MonthlyGross)]).ToList();
        return new ExportTable("Grille", columns, rows, notes);
    }

    private static ExportTable Market(GridDesign d, List<string> notes) => new("Marché",
        [
            new("Ancienneté de (ans)", ExportKind.Integer), new("Ancienneté jusqu'à (ans, exclu)", ExportKind.Integer),
            new(string.Create(CultureInfo.InvariantCulture, $"Centile {d.Percentile:0.##}"), ExportKind.Money),
            new("P25", ExportKind.Money), new("P75", ExportKind.Money), new("Observations", ExportKind.Integer), new("Périmètre", ExportKind.Text),
        ],
        [.. d.Market.Select(m => (IReadOnlyList<object?>)[m.Years, m.ToYears, m.Value, m.P25, m.P75, m.N, GridTexts.ScopeLabel(m.Scope)])],
        notes);

    private static ExportTable JobAds(GridDesign d, List<string> notes) => new("Annonces",
        [
            new("Niveau", ExportKind.Integer), new("Libellé", ExportKind.Text), new("Mensuel brut min", ExportKind.Money),
            new("Mensuel brut max", ExportKind.Money), new("Annuel brut min", ExportKind.Money), new("Annuel brut max", ExportKind.Money),
            new("Convention collective", ExportKind.Text),
        ],
        [.. d.JobAdRanges.Select(r => (IReadOnlyList<object?>)[r.Level, r.Label, r.MonthlyMin, r.MonthlyMax, r.AnnualMin, r.AnnualMax,
            r.Agreement is { } a ? $"IDCC {a}" : "aucune"])],
        notes);

    private static ExportTable Staff(StaffAnalysis staff, List<string> notes) => new("Personnel",
        [
            new("Matricule", ExportKind.Text), new("Sexe", ExportKind.Text), new("Poste", ExportKind.Text), new("Niveau (paie)", ExportKind.Text),
            new("Niveau grille", ExportKind.Integer), new("Ancienneté (ans)", ExportKind.Integer), new("Échelon (ans)", ExportKind.Integer),
            new("ETP", ExportKind.Ratio), new("Brut de base", ExportKind.Money), new("Brut temps plein", ExportKind.Money),
            new("Grille temps plein", ExportKind.Money), new("Compa-ratio", ExportKind.Ratio), new("Augmentation mensuelle", ExportKind.Money),
            new("Augmentation annuelle", ExportKind.Money), new("Sous le plancher légal", ExportKind.YesNo),
            new("Plancher légal temps plein", ExportKind.Money), new("Remarque", ExportKind.Text),
        ],
        [.. staff.Employees.Select(e => (IReadOnlyList<object?>)[
            e.EmployeeId, Sex(e.Gender), e.JobTitle, e.PayrollLevel, e.GridLevel, e.SeniorityYears, e.StepYears, e.Fte, e.BaseMonthlyGross,
            e.FullTimeMonthlyBase, e.GridMonthlyGross, e.CompaRatio, e.MonthlyRaise, e.AnnualRaise, e.BelowLegalFloor, e.LegalFloor, e.Note])],
        notes);

    private static ExportTable Cost(StaffCost c, List<string> notes) => new("Coût",
        [
            new("Effectif", ExportKind.Integer), new("Placés sur la grille", ExportKind.Integer), new("Sous la grille", ExportKind.Integer),
            new("Augmentations mensuelles", ExportKind.Money), new("Augmentations annuelles", ExportKind.Money),
            new("Taux de charges patronales (%)", ExportKind.Percent), new("Charges estimées", ExportKind.Money),
            new("Coût annuel charges comprises (estimation)", ExportKind.Money), new("Taux supposé", ExportKind.YesNo),
        ],
        [[c.Headcount, c.Placed, c.BelowGrid, c.MonthlyRaises, c.AnnualRaises, c.ChargeRate * 100m, c.EstimatedCharges, c.AnnualCostWithCharges, c.ChargeRateAssumed]],
        notes);

    private static ExportTable Gaps(PayGapReport report, List<string> notes) => new("Écarts",
        [
            new("Catégorie", ExportKind.Text), new("Publiée", ExportKind.YesNo), new("Effectif", ExportKind.Integer),
            new("Femmes", ExportKind.Integer), new("Hommes", ExportKind.Integer),
            new("Écart moyen base annuelle (%)", ExportKind.Percent), new("Écart médian base annuelle (%)", ExportKind.Percent),
            new("Écart moyen variable annuelle (%)", ExportKind.Percent), new("Écart médian variable annuelle (%)", ExportKind.Percent),
            new("Écart moyen total annuel (%)", ExportKind.Percent), new("Écart médian total annuel (%)", ExportKind.Percent),
            new("Écart moyen total horaire (%)", ExportKind.Percent), new("Écart médian total horaire (%)", ExportKind.Percent),
            new("Alerte 5 %", ExportKind.YesNo), new("Remarque", ExportKind.Text),
        ],
        [.. new[] { report.Overall }.Concat(report.Categories).Select(c => (IReadOnlyList<object?>)[
            c.Category, c.Shown, c.Headcount, c.Women?.Count, c.Men?.Count,
            c.Annual?.Base.MeanGap, c.Annual?.Base.MedianGap, c.Annual?.Variable.MeanGap, c.Annual?.Variable.MedianGap,
            c.Annual?.Total.MeanGap, c.Annual?.Total.MedianGap, c.Hourly?.Total.MeanGap, c.Hourly?.Total.MedianGap, c.Alert, c.Note])],
        notes);

    private static string YearsHeader(int years) => years switch { 0 => "0 an", 1 => "1 an", _ => $"{years} ans" };

    private static string? Sex(string? gender) => gender switch { "f" => "F", "m" => "H", _ => null };
}
