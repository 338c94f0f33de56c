using System.Globalization;
using System.Text;
using CsvHelper;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>Validation of one record, column by column in schema order; the first fault rejects the record.</summary>
public sealed partial class ObservationCsvReader
{
    private readonly FieldLookups _lookups;

    private Rejection? Validate()
    {
        if (_malformed is { } m && m.LineNumber == _csv.LineNumber && m.Reason != CsvMalformedReason.StrayQuote)
            return Whole(m.Reason == CsvMalformedReason.UnterminatedQuote
                ? "a quoted field is never closed: the record runs to the end of the file"
                : "malformed quoting: text after the closing quote of a field");
        var count = _csv.FieldCount;
        if (count < _headerCount)
        {
            var name = Header.Names[count].Trim();
            return new Rejection(Line, name.Length > 0 ? name : Rejection.WholeRecord,
                $"the record has {count} fields, the header has {_headerCount}");
        }
        for (var i = _headerCount; i < count; i++)
            if (!Utf8Text.Trim(_csv.GetSpan(i)).IsEmpty)
                return Whole($"the record has {count} fields, the header has {_headerCount}");

        ref var d = ref _draft;
        var s = Field(ObservationField.Date);
        if (s.IsEmpty) return Missing(ObservationField.Date, "the date is missing");
        if (!Utf8Text.TryParseDate(s, out d.Date)) return Bad(ObservationField.Date, $"'{Utf8Text.Show(s)}' is not a date (yyyy-mm-dd or dd/mm/yyyy)");
        if (d.Date > _today) return Bad(ObservationField.Date, $"{Iso(d.Date)} is in the future");
        if (d.Date < ObservationReaderOptions.Oldest) return Bad(ObservationField.Date, $"{Iso(d.Date)} is before {Iso(ObservationReaderOptions.Oldest)}");

        d.Source = Text(ObservationField.Source) ?? _lookups.DefaultSource;

        s = Field(ObservationField.Sector);
        if (s.IsEmpty) return Missing(ObservationField.Sector, "the sector is missing");
        if (!_lookups.Sectors.TryGet(s, out d.Sector))
            return Bad(ObservationField.Sector, $"unknown sector '{Utf8Text.Show(s)}': expected public, private or remote (Public, Privé, Télésecrétariat)");

        s = Field(ObservationField.EmployerType);
        if (s.IsEmpty) d.Employer = null;
        else if (_lookups.Employers.TryGet(s, out var employer)) d.Employer = employer;
        else return Bad(ObservationField.EmployerType, $"unknown employer type '{Utf8Text.Show(s)}': expected {Codes(CodeBook.Employers)}");

        s = Field(ObservationField.SizeBand);
        if (s.IsEmpty) d.Size = null;
        else if (_lookups.Sizes.TryGet(s, out var size)) d.Size = size;
        else return Bad(ObservationField.SizeBand, $"unknown size band '{Utf8Text.Show(s)}': expected {Codes(CodeBook.Sizes)}");

        s = Field(ObservationField.Region);
        if (s.IsEmpty) return Missing(ObservationField.Region, "the région is missing");
        if (!_lookups.Regions.TryGet(s, out d.Region))
            return Bad(ObservationField.Region, $"unknown région '{Utf8Text.Show(s)}': expected an INSEE région code (11, 24, … 94, 01 … 06) or a région name");

        s = Field(ObservationField.Departement);
        if (s.IsEmpty) d.Departement = null;
        else if (_lookups.Departements.TryGet(s, out var departement)) d.Departement = departement;
        else return Bad(ObservationField.Departement, $"unknown département '{Utf8Text.Show(s)}': expected 01–95, 2A, 2B or 971–976");

        s = Field(ObservationField.ExperienceYears);
        if (s.IsEmpty) d.ExperienceYears = null;
        else if (!Utf8Text.TryParseDecimal(s, out var years)) return Bad(ObservationField.ExperienceYears, $"'{Utf8Text.Show(s)}' is not a number of years");
        else if (years is < 0 or > 60) return Bad(ObservationField.ExperienceYears, $"{Show(years)} years of experience is outside 0–60");
        else d.ExperienceYears = years;

        s = Field(ObservationField.Specialty);
        if (s.IsEmpty) d.Specialty = null;
        else if (_lookups.Specialties.TryGet(s, out var specialty)) d.Specialty = specialty;
        else return Bad(ObservationField.Specialty, $"unknown specialty '{Utf8Text.Show(s)}': expected {Codes(CodeBook.Specialties)} (or their French names)");

        d.JobTitle = Text(ObservationField.JobTitle);

        s = Field(ObservationField.Grade);
        if (s.IsEmpty) d.Grade = null;
        else if (!_lookups.Grades.TryGet(s, out var grade)) return Bad(ObservationField.Grade, $"unknown grade '{Utf8Text.Show(s)}': expected {Codes(CodeBook.Grades)}");
        else if (d.Sector != Sector.Public) return Bad(ObservationField.Grade, "a grade is only given in the public sector");
        else d.Grade = grade;

        s = Field(ObservationField.Echelon);
        if (s.IsEmpty) d.Echelon = null;
        else if (!Utf8Text.TryParseSmallInt(s, out var echelon) || echelon is < 1 or > 20) return Bad(ObservationField.Echelon, $"'{Utf8Text.Show(s)}' is not an échelon (1–20)");
        else if (d.Grade is null) return Bad(ObservationField.Echelon, "an échelon needs a grade");
        else d.Echelon = echelon;

        s = Field(ObservationField.Contract);
        if (s.IsEmpty) d.Contract = null;
        else if (_lookups.Contracts.TryGet(s, out var contract)) d.Contract = contract;
        else return Bad(ObservationField.Contract, $"unknown contract '{Utf8Text.Show(s)}': expected {Codes(CodeBook.Contracts)}");

        s = Field(ObservationField.WeeklyHours);
        if (s.IsEmpty) d.WeeklyHours = null;
        else if (!Utf8Text.TryParseDecimal(s, out var hours)) return Bad(ObservationField.WeeklyHours, $"'{Utf8Text.Show(s)}' is not a number of hours");
        else if (hours is <= 0 or > 48) return Bad(ObservationField.WeeklyHours, $"{Show(hours)} hours a week is outside 0–48");
        else d.WeeklyHours = hours;

        s = Field(ObservationField.PayAmount);
        if (s.IsEmpty) return Missing(ObservationField.PayAmount, "the pay amount is missing");
        if (!Utf8Text.TryParseDecimal(s, out d.PayAmount)) return Bad(ObservationField.PayAmount, $"'{Utf8Text.Show(s)}' is not an amount");
        if (d.PayAmount <= 0) return Bad(ObservationField.PayAmount, $"the amount {Show(d.PayAmount)} is not positive");
        if (d.PayAmount > 10_000_000m) return Bad(ObservationField.PayAmount, $"the amount {Show(d.PayAmount)} is above 10 000 000 €");

        s = Field(ObservationField.PayBasis);
        if (s.IsEmpty) d.PayBasis = PayBasis.Monthly;
        else if (!_lookups.Bases.TryGet(s, out d.PayBasis)) return Bad(ObservationField.PayBasis, $"unknown pay basis '{Utf8Text.Show(s)}': expected Mensuel, Annuel or Horaire (monthly, annual, hourly)");

        s = Field(ObservationField.MonthsPaid);
        if (s.IsEmpty) d.MonthsPaid = 12m;
        else if (!Utf8Text.TryParseDecimal(s, out d.MonthsPaid)) return Bad(ObservationField.MonthsPaid, $"'{Utf8Text.Show(s)}' is not a number of months");
        else if (d.MonthsPaid is < 12 or > 16) return Bad(ObservationField.MonthsPaid, $"{Show(d.MonthsPaid)} months paid is outside 12–16");

        s = Field(ObservationField.GrossOrNet);
        if (s.IsEmpty) d.PayKind = PayKind.Gross;
        else if (!_lookups.Kinds.TryGet(s, out d.PayKind)) return Bad(ObservationField.GrossOrNet, $"'{Utf8Text.Show(s)}' is neither Brut nor Net");

        s = Field(ObservationField.Gender);
        if (s.IsEmpty) d.Gender = null;
        else if (_lookups.Genders.TryGet(s, out var gender)) d.Gender = gender;
        else return Bad(ObservationField.Gender, $"unknown gender '{Utf8Text.Show(s)}': expected F or M (Femme, Homme)");

        s = Field(ObservationField.Synthetic);
        if (s.IsEmpty) d.Synthetic = false;
        else if (!_lookups.Booleans.TryGet(s, out d.Synthetic)) return Bad(ObservationField.Synthetic, $"'{Utf8Text.Show(s)}' is neither oui nor non");

        var unknown = Header.UnknownColumns;
        for (var i = 0; i < unknown.Count; i++) d.Extra[i] = TextAt(unknown[i]);
        return null;
    }

    private readonly DateOnly _today;

    private ReadOnlySpan<byte> Field(ObservationField field)
    {
        var column = Header.ColumnOf(field);
        return column < 0 ? default : Utf8Text.Trim(_csv.GetSpan(column));
    }

    private string? Text(ObservationField field)
    {
        var column = Header.ColumnOf(field);
        return column < 0 ? null : TextAt(column);
    }

    /// <summary>The trimmed text of a column, null when empty (pooled by CsvHelper when there was nothing to trim).</summary>
    private string? TextAt(int column)
    {
        var raw = _csv.GetSpan(column);
        var trimmed = Utf8Text.Trim(raw);
        if (trimmed.IsEmpty) return null;
        return trimmed.Length == raw.Length ? _csv.GetString(column) : Encoding.UTF8.GetString(trimmed);
    }

    private Rejection Whole(string reason) => new(Line, Rejection.WholeRecord, reason);

    private Rejection Missing(ObservationField field, string reason) => new(Line, Header.NameOf(field), reason);

    private Rejection Bad(ObservationField field, string reason) => new(Line, Header.NameOf(field), reason);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Codes<T>(CodeMap<T> map) where T : struct, Enum => string.Join(", ", map.AllCodes);
}
