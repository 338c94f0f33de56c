using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>A French-style file built record by record, some records spoilt in one known column.</summary>
public sealed record GeneratedFile(byte[] Bytes, IReadOnlyList<long> BadLines, IReadOnlyList<string> BadColumns, int Records, string Text)
{
    /// <summary>A column and a value no reader should accept there.</summary>
    private static readonly (ObservationField Field, string Value)[] Spoilers =
    [
        (ObservationField.Date, "31/02/2025"), (ObservationField.Date, "demain"), (ObservationField.Sector, "Libéral-ish"),
        (ObservationField.Region, "99"), (ObservationField.PayAmount, "abc"), (ObservationField.PayAmount, "-12"),
        (ObservationField.PayBasis, "Hebdo"), (ObservationField.WeeklyHours, "99"), (ObservationField.MonthsPaid, "3"),
        (ObservationField.Contract, "Stage"), (ObservationField.Gender, "X"), (ObservationField.Synthetic, "peut-être"),
        (ObservationField.Specialty, "Astrologie"), (ObservationField.Departement, "20"), (ObservationField.ExperienceYears, "-1"),
        (ObservationField.SizeBand, "énorme"), (ObservationField.EmployerType, "Vaisseau"), (ObservationField.GrossOrNet, "Brutto"),
        // Longer than the properties' record limit (GeneratedFile.MaxRecordBytes): rejected at its own line, the rest read.
        (ObservationField.JobTitle, new string('x', MaxRecordBytes + 1)),
    ];

    /// <summary>The record limit the properties read with: above any generated record, below the long spoiler.</summary>
    public const int MaxRecordBytes = 4096;

    public static Gen<GeneratedFile> Of(char separator) =>
        from records in FsCheck.Fluent.Gen.ListOf(FsCheck.Fluent.Gen.Zip(ObservationGen.Observation(), FsCheck.Fluent.Gen.Frequency(
            (3, FsCheck.Fluent.Gen.Constant(-1)), (1, FsCheck.Fluent.Gen.Choose(0, Spoilers.Length - 1)))))
        select Build(records, separator);

    private static GeneratedFile Build(IEnumerable<(Observation Observation, int Spoiler)> records, char separator)
    {
        var text = new StringBuilder(string.Join(separator, HeaderAliases.FrenchNames) + "\r\n");
        long line = 2;
        var badLines = new List<long>();
        var badColumns = new List<string>();
        var count = 0;
        foreach (var (observation, spoiler) in records)
        {
            var fields = ObservationCsvWriter.Fields(observation, ObservationCsvStyle.French);
            if (spoiler >= 0)
            {
                var (field, value) = Spoilers[spoiler];
                fields[(int)field] = value;
                badLines.Add(line);
                badColumns.Add(HeaderAliases.FrenchNames[(int)field]);
            }
            var record = string.Join(separator, fields.Select(f => Quote(f, separator)));
            text.Append(record).Append("\r\n");
            line += 1 + record.Count(c => c == '\n');
            count++;
        }
        var str = text.ToString();
        return new GeneratedFile(InputDecoder.Ansi.GetBytes(str), badLines, badColumns, count, str);
    }

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\n', '\r']) >= 0 || field != field.Trim()
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Records} records, bad lines [{string.Join(",", BadLines)}]:\n{Text}");
}
