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
            foreach (var field in Fields(o, style)) csv.WriteField(field);
            csv.EndRecord();
        }
    }

    /// <summary>The fields of one observation as <paramref name="style"/> writes them, in <see cref="ObservationField"/> order.</summary>
    public static string[] Fields(Observation o, ObservationCsvStyle style = ObservationCsvStyle.Canonical)
    {
        var french = style == ObservationCsvStyle.French;
        return
        [
            french ? o.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            o.Source,
            french ? FrenchLabels.Sector(o.Sector) : CodeBook.Sectors.ToCode(o.Sector),
            Code(o.Employer, CodeBook.Employers, french ? FrenchLabels.Employer : null),
            Code(o.Size, CodeBook.Sizes, null),
            o.Region.Code,
            o.Departement ?? "",
            Number(o.ExperienceYears, french),
            Code(o.Specialty, CodeBook.Specialties, french ? FrenchLabels.Specialty : null),
            o.JobTitle ?? "",
            Code(o.Grade, CodeBook.Grades, null),
            o.Echelon?.ToString(CultureInfo.InvariantCulture) ?? "",
            Code(o.Contract, CodeBook.Contracts, french ? FrenchLabels.Contract : null),
            Number(o.WeeklyHours, french),
            Number(o.PayAmount, french),
            french ? FrenchLabels.Basis(o.PayBasis) : ObservationCodes.Bases.ToCode(o.PayBasis),
            Number(o.MonthsPaid, french),
            french ? FrenchLabels.Kind(o.PayKind) : ObservationCodes.Kinds.ToCode(o.PayKind),
            Code(o.Gender, ObservationCodes.Genders, french ? FrenchLabels.Gender : null),
            french ? (o.Synthetic ? "oui" : "non") : (o.Synthetic ? "true" : "false"),
        ];
    }

    private static string Code<T>(T? value, CodeMap<T> codes, Func<T, string>? label) where T : struct, Enum =>
        value is { } v ? label?.Invoke(v) ?? codes.ToCode(v) : "";

    private static string Number(decimal? value, bool french) =>
        value?.ToString(french ? French : CultureInfo.InvariantCulture) ?? "";
}
