using System.Globalization;
using System.Text;
using CsvHelper;
using MedSec.Domain.Observations;

namespace MedSec.Data.Payroll;

/// <summary>Writes a payroll file as a French spreadsheet does (<c>;</c>, French headers, dd/mm/yyyy, decimal comma); it reads back the same.</summary>
public static class PayrollCsvWriter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void Write(Stream stream, IEnumerable<PayrollRecord> records, Encoding? encoding = null, string newLine = "\r\n")
    {
        using var text = new StreamWriter(stream, encoding ?? new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { Separator = ';', NewLine = newLine }, leaveOpen: true);
        PayrollField[] fields =
        [
            PayrollField.EmployeeId, PayrollField.Gender, PayrollField.JobTitle, PayrollField.Level, PayrollField.HireDate,
            PayrollField.Fte, PayrollField.BaseMonthlyGross, PayrollField.AnnualBonuses,
        ];
        csv.WriteHeader([.. fields.Select(f => PayrollHeader.FrenchNames[(int)f])]);
        foreach (var r in records)
        {
            csv.WriteField(r.EmployeeId);
            csv.WriteField(r.Gender is { } g ? (g == Gender.Female ? "F" : "M") : "");
            csv.WriteField(r.JobTitle ?? "");
            csv.WriteField(r.Level ?? "");
            csv.WriteField(r.HireDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(r.Fte.ToString(French));
            csv.WriteField(r.BaseMonthlyGross.ToString(French));
            csv.WriteField(r.AnnualBonuses.ToString(French));
            csv.EndRecord();
        }
    }

    /// <summary>The French header line, for messages and templates.</summary>
    public static string TemplateHeader => string.Join(';', PayrollHeader.FrenchNames.Where((_, i) => i != (int)PayrollField.WeeklyHours));
}
