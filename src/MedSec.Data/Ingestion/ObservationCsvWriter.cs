using System.Globalization;
using System.Text;
using CsvHelper;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>Writes observations as CSV, canonical or French style; what it writes reads back as the same observations.</summary>
public static class ObservationCsvWriter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void Write(Stream stream, IEnumerable<Observation> observations, ObservationCsvStyle style = ObservationCsvStyle.Canonical,
        Encoding? encoding = null, string newLine = "\n")
    {
        var french = style == ObservationCsvStyle.French;
        using var text = new StreamWriter(stream, encoding ?? new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { Separator = french ? ';' : ',', NewLine = newLine }, leaveOpen: true);
        csv.WriteHeader(french ? [.. HeaderAliases.FrenchNames] : [.. HeaderAliases.CanonicalNames]);
        foreach (var o in observations)
        {
            csv.WriteField(french ? o.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(o.Source);
            csv.WriteField(french ? FrenchLabels.Sector(o.Sector) : CodeBook.Sectors.ToCode(o.Sector));
            csv.WriteField(Code(o.Employer, CodeBook.Employers, french ? FrenchLabels.Employer : null));
            csv.WriteField(Code(o.Size, CodeBook.Sizes, null));
            csv.WriteField(o.Region.Code);
            csv.WriteField(o.Departement ?? "");
            csv.WriteField(Number(o.ExperienceYears, french));
            csv.WriteField(Code(o.Specialty, CodeBook.Specialties, french ? FrenchLabels.Specialty : null));
            csv.WriteField(o.JobTitle ?? "");
            csv.WriteField(Code(o.Grade, CodeBook.Grades, null));
            csv.WriteField(o.Echelon?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(Code(o.Contract, CodeBook.Contracts, french ? FrenchLabels.Contract : null));
            csv.WriteField(Number(o.WeeklyHours, french));
            csv.WriteField(Number(o.PayAmount, french));
            csv.WriteField(french ? FrenchLabels.Basis(o.PayBasis) : ObservationCodes.Bases.ToCode(o.PayBasis));
            csv.WriteField(Number(o.MonthsPaid, french));
            csv.WriteField(french ? FrenchLabels.Kind(o.PayKind) : ObservationCodes.Kinds.ToCode(o.PayKind));
            csv.WriteField(Code(o.Gender, ObservationCodes.Genders, french ? FrenchLabels.Gender : null));
            csv.WriteField(french ? (o.Synthetic ? "oui" : "non") : (o.Synthetic ? "true" : "false"));
            csv.EndRecord();
        }
    }

    private static string Code<T>(T? value, CodeMap<T> codes, Func<T, string>? label) where T : struct, Enum =>
        value is { } v ? label?.Invoke(v) ?? codes.ToCode(v) : "";

    private static string Number(decimal? value, bool french) =>
        value?.ToString(french ? French : CultureInfo.InvariantCulture) ?? "";
}
