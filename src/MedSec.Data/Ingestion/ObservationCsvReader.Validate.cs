using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>Validation of one record, column by column in schema order; the first fault rejects the record.</summary>
public sealed partial class ObservationCsvReader
{
    private readonly FieldLookups _lookups;
    private readonly int[] _columns;

    /// <remarks>Hot: compiled fully optimised at once (a one-shot import would otherwise run it unoptimised for a while).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Rejection? Validate()
    {
        if (_malformed is { } m && m.LineNumber == _csv.LineNumber && m.Reason != CsvMalformedReason.StrayQuote)
            return Whole(m.Reason == CsvMalformedReason.UnterminatedQuote
                ? "Un champ entre guillemets n'est jamais refermé : l'enregistrement court jusqu'à la fin du fichier."
                : "Guillemets mal formés : du texte suit le guillemet fermant d'un champ.");
        var count = _csv.FieldCount;
        if (count < _headerCount)
        {
            var name = Header.Names[count].Trim();
            return new Rejection(Line, name.Length > 0 ? name : Rejection.WholeRecord,
                $"L'enregistrement a {count} champs, l'en-tête en a {_headerCount}.");
        }
        for (var i = _headerCount; i < count; i++)
            if (!Utf8Text.Trim(_csv.GetSpan(i)).IsEmpty)
                return Whole($"L'enregistrement a {count} champs, l'en-tête en a {_headerCount}.");

        ref var d = ref _draft;
        var s = Field(ObservationField.Date);
        if (s.IsEmpty) return Missing(ObservationField.Date, "Date manquante.");
        if (!Utf8Text.TryParseDate(s, out d.Date)) return Bad(ObservationField.Date, $"'{Utf8Text.Show(s)}' n'est pas une date (aaaa-mm-jj ou jj/mm/aaaa).");
        if (d.Date > _today) return Bad(ObservationField.Date, $"Date {Iso(d.Date)} dans le futur.");
        if (d.Date < ObservationReaderOptions.Oldest) return Bad(ObservationField.Date, $"Date {Iso(d.Date)} antérieure au {Iso(ObservationReaderOptions.Oldest)}.");

        d.Source = Text(ObservationField.Source) ?? _lookups.DefaultSource;

        s = Field(ObservationField.Sector);
        if (s.IsEmpty) return Missing(ObservationField.Sector, "Secteur manquant.");
        if (!_lookups.Sectors.TryGet(s, out d.Sector))
            return Bad(ObservationField.Sector, $"Secteur '{Utf8Text.Show(s)}' inconnu : attendu public, private ou remote (Public, Privé, Télésecrétariat).");

        s = Field(ObservationField.EmployerType);
        if (s.IsEmpty) d.Employer = null;
        else if (_lookups.Employers.TryGet(s, out var employer)) d.Employer = employer;
        else return Bad(ObservationField.EmployerType, $"Type d'employeur '{Utf8Text.Show(s)}' inconnu : attendu {Codes(CodeBook.Employers)}.");

        s = Field(ObservationField.SizeBand);
        if (s.IsEmpty) d.Size = null;
        else if (_lookups.Sizes.TryGet(s, out var size)) d.Size = size;
        else return Bad(ObservationField.SizeBand, $"Taille '{Utf8Text.Show(s)}' inconnue : attendu {Codes(CodeBook.Sizes)}.");

        s = Field(ObservationField.Region);
        if (s.IsEmpty) return Missing(ObservationField.Region, "Région manquante.");
        if (!_lookups.Regions.TryGet(s, out d.Region))
            return Bad(ObservationField.Region, $"Région '{Utf8Text.Show(s)}' inconnue : attendu un code INSEE de région (11, 24 … 94, 01 … 06) ou un nom de région.");

        s = Field(ObservationField.Departement);
        if (s.IsEmpty) d.Departement = null;
        else if (_lookups.Departements.TryGet(s, out var departement)) d.Departement = departement;
        else return Bad(ObservationField.Departement, $"Département '{Utf8Text.Show(s)}' inconnu : attendu 01 à 95, 2A, 2B ou 971 à 976.");

        s = Field(ObservationField.ExperienceYears);
        if (s.IsEmpty) d.ExperienceYears = null;
        else if (!Utf8Text.TryParseDecimal(s, out var years)) return Bad(ObservationField.ExperienceYears, $"'{Utf8Text.Show(s)}' n'est pas un nombre d'années.");
        else if (years is < 0 or > 60) return Bad(ObservationField.ExperienceYears, $"Expérience de {Show(years)} ans hors de l'intervalle 0 à 60 ans.");
        else d.ExperienceYears = years;

        s = Field(ObservationField.Specialty);
        if (s.IsEmpty) d.Specialty = null;
        else if (_lookups.Specialties.TryGet(s, out var specialty)) d.Specialty = specialty;
        else return Bad(ObservationField.Specialty, $"Spécialité '{Utf8Text.Show(s)}' inconnue : attendu {Codes(CodeBook.Specialties)} (ou leur nom français).");

        d.JobTitle = Text(ObservationField.JobTitle);

        s = Field(ObservationField.Grade);
        if (s.IsEmpty) d.Grade = null;
        else if (!_lookups.Grades.TryGet(s, out var grade)) return Bad(ObservationField.Grade, $"Grade '{Utf8Text.Show(s)}' inconnu : attendu {Codes(CodeBook.Grades)}.");
        else if (d.Sector != Sector.Public) return Bad(ObservationField.Grade, "Un grade ne s'applique qu'au secteur public.");
        else d.Grade = grade;

        s = Field(ObservationField.Echelon);
        if (s.IsEmpty) d.Echelon = null;
        else if (!Utf8Text.TryParseSmallInt(s, out var echelon) || echelon is < 1 or > 20) return Bad(ObservationField.Echelon, $"'{Utf8Text.Show(s)}' n'est pas un échelon (1 à 20).");
        else if (d.Grade is null) return Bad(ObservationField.Echelon, "Un échelon demande un grade.");
        else d.Echelon = echelon;

        s = Field(ObservationField.Contract);
        if (s.IsEmpty) d.Contract = null;
        else if (_lookups.Contracts.TryGet(s, out var contract)) d.Contract = contract;
        else return Bad(ObservationField.Contract, $"Contrat '{Utf8Text.Show(s)}' inconnu : attendu {Codes(CodeBook.Contracts)}.");

        s = Field(ObservationField.WeeklyHours);
        d.HoursHundredths = Utf8Text.NoHundredths;
        if (s.IsEmpty) d.WeeklyHours = null;
        else if (!Utf8Text.TryParseDecimal(s, out var hours, out d.HoursHundredths)) return Bad(ObservationField.WeeklyHours, $"'{Utf8Text.Show(s)}' n'est pas un nombre d'heures.");
        else if (d.HoursHundredths != Utf8Text.NoHundredths ? d.HoursHundredths is <= 0 or > 4800 : hours is <= 0 or > 48)
            return Bad(ObservationField.WeeklyHours, $"Durée hebdomadaire de {Show(hours)} h hors de l'intervalle ]0 ; 48] h.");
        else d.WeeklyHours = hours;

        s = Field(ObservationField.PayAmount);
        if (s.IsEmpty) return Missing(ObservationField.PayAmount, "Salaire manquant.");
        if (!Utf8Text.TryParseDecimal(s, out d.PayAmount, out d.PayCents)) return Bad(ObservationField.PayAmount, $"'{Utf8Text.Show(s)}' n'est pas un montant.");
        if (d.PayCents != Utf8Text.NoHundredths ? d.PayCents <= 0 : d.PayAmount <= 0)
            return Bad(ObservationField.PayAmount, $"Montant de {IngestText.Euros(d.PayAmount)} : attendu un montant positif.");
        if (d.PayCents != Utf8Text.NoHundredths ? d.PayCents > 1_000_000_000 : d.PayAmount > 10_000_000m)
            return Bad(ObservationField.PayAmount, $"Montant de {IngestText.Euros(d.PayAmount)} au-dessus de 10 000 000 €.");

        s = Field(ObservationField.PayBasis);
        if (s.IsEmpty) d.PayBasis = PayBasis.Monthly;
        else if (!_lookups.Bases.TryGet(s, out d.PayBasis)) return Bad(ObservationField.PayBasis, $"Base '{Utf8Text.Show(s)}' inconnue : attendu Mensuel, Annuel ou Horaire (monthly, annual, hourly).");

        s = Field(ObservationField.MonthsPaid);
        if (s.IsEmpty)
        {
            d.MonthsPaid = 12m;
            d.MonthsHundredths = 1200;
        }
        else if (!Utf8Text.TryParseDecimal(s, out d.MonthsPaid, out d.MonthsHundredths)) return Bad(ObservationField.MonthsPaid, $"'{Utf8Text.Show(s)}' n'est pas un nombre de mois.");
        else if (d.MonthsHundredths != Utf8Text.NoHundredths ? d.MonthsHundredths is < 1200 or > 1600 : d.MonthsPaid is < 12 or > 16)
            return Bad(ObservationField.MonthsPaid, $"{Show(d.MonthsPaid)} mois payés hors de l'intervalle 12 à 16.");

        s = Field(ObservationField.GrossOrNet);
        if (s.IsEmpty) d.PayKind = PayKind.Gross;
        else if (!_lookups.Kinds.TryGet(s, out d.PayKind)) return Bad(ObservationField.GrossOrNet, $"'{Utf8Text.Show(s)}' n'est ni Brut ni Net.");

        s = Field(ObservationField.Gender);
        if (s.IsEmpty) d.Gender = null;
        else if (_lookups.Genders.TryGet(s, out var gender)) d.Gender = gender;
        else return Bad(ObservationField.Gender, $"Sexe '{Utf8Text.Show(s)}' inconnu : attendu F ou H (Femme, Homme).");

        s = Field(ObservationField.Synthetic);
        if (s.IsEmpty) d.Synthetic = false;
        else if (!_lookups.Booleans.TryGet(s, out d.Synthetic)) return Bad(ObservationField.Synthetic, $"'{Utf8Text.Show(s)}' n'est ni oui ni non.");

        var unknown = Header.UnknownColumns;
        for (var i = 0; i < unknown.Count; i++) d.Extra[i] = TextAt(unknown[i]);
        return null;
    }

    private readonly DateOnly _today;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Field(ObservationField field)
    {
        var column = _columns[(int)field];
        return column < 0 ? default : Utf8Text.Trim(_csv.GetSpan(column));
    }

    private string? Text(ObservationField field)
    {
        var column = _columns[(int)field];
        return column < 0 ? null : TextAt(column);
    }

    /// <summary>The trimmed text of a column, null when empty (pooled by CsvHelper when there was nothing to trim).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    private static string Iso(DateOnly date) => IngestText.Date(date);

    private static string Show(decimal value) => IngestText.Number(value);

    private static string Codes<T>(CodeMap<T> map) where T : struct, Enum => string.Join(", ", map.AllCodes);
}
