using System.Globalization;
using System.Text;
using CsvHelper;
using MedSec.Data.Reference;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Data.Careers;

/// <summary>
/// Career histories as CSV (data/sample/career_histories.csv, described in data/sample/CAREERS.md): columns
/// <c>person_id,date,role,sector,region,specialty,experience_years</c>, comma-separated, ISO dates, the codes of DESIGN.md.
/// </summary>
public static class CareerHistoryCsv
{
    public const string FileName = "career_histories.csv";

    /// <summary>Environment variable naming the data folder (its <c>sample/</c> holds the histories), as for the reference data.</summary>
    public const string DataDirectoryVariable = ReferenceDataLoader.DataDirectoryVariable;

    public static readonly string[] Header = ["person_id", "date", "role", "sector", "region", "specialty", "experience_years"];

    /// <summary><c>$MEDSEC_DATA/sample</c> when the variable is set, else the copy bundled in the program's output.</summary>
    public static string DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        return string.IsNullOrWhiteSpace(root)
            ? Path.Combine(AppContext.BaseDirectory, "data", "sample")
            : Path.Combine(root, "sample");
    }

    public static IReadOnlyList<CareerHistoryRow> LoadDefault() => Read(Path.Combine(DefaultDirectory(), FileName));

    /// <summary>Reads a history file; any malformed value stops the read with file, line and column.</summary>
    /// <exception cref="ReferenceDataException">The file is missing or a row is malformed.</exception>
    public static IReadOnlyList<CareerHistoryRow> Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new ReferenceDataException($"{name}: file not found ({path})", name);
        var rows = new List<CareerHistoryRow>();
        try
        {
            using var reader = CsvReader.FromFile(path, ReferenceCsv.Options);
            var row = new ReferenceRow(reader, name);
            while (reader.Read())
            {
                var regionCode = row.Text("region");
                if (!CodeBook.TryParseRegion(regionCode, out var region)) throw row.Fail("region", $"'{regionCode}' is not an INSEE région code");
                var experience = row.Int("experience_years");
                if (experience < 0) throw row.Fail("experience_years", "years cannot be negative");
                rows.Add(new CareerHistoryRow(
                    row.Text("person_id"), row.Date("date"), row.Code("role", CodeBook.Roles), row.Code("sector", CodeBook.Sectors),
                    region, row.Code("specialty", CodeBook.Specialties), experience));
            }
        }
        catch (CsvFormatException e)
        {
            throw new ReferenceDataException($"{name}: {e.Message}", name, e.LineNumber > 0 ? e.LineNumber : null, null, e);
        }
        return rows;
    }

    /// <summary>Writes histories in the same format (LF line ends, no quoting needed: every value is a code, a date or a number).</summary>
    public static void Write(TextWriter writer, IEnumerable<CareerHistoryRow> rows)
    {
        writer.Write(string.Join(',', Header) + "\n");
        var line = new StringBuilder();
        foreach (var r in rows)
        {
            line.Clear()
                .Append(r.PersonId).Append(',')
                .Append(r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(CodeBook.Roles.ToCode(r.Role)).Append(',')
                .Append(CodeBook.Sectors.ToCode(r.Sector)).Append(',')
                .Append(r.Region.Code).Append(',')
                .Append(CodeBook.Specialties.ToCode(r.Specialty)).Append(',')
                .Append(r.ExperienceYears.ToString(CultureInfo.InvariantCulture)).Append('\n');
            writer.Write(line.ToString());
        }
    }
}
