using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using MedSec.Data.Geography;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Validation of one record, column by column in schema order; the first fault rejects the record. The hot methods are
/// small and compiled fully optimised at once (a one-shot import would otherwise run them unoptimised for a while); the
/// messages are built in cold methods (<see cref="Fail"/>), so that the JIT's inlining budget goes to the hot path.
/// </summary>
public sealed partial class ObservationCsvReader
{
    private readonly FieldLookups _lookups;
    private readonly int[] _columns;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Rejection? Validate()
    {
        if (_malformed is not null || _csv.FieldCount != _headerCount)
        {
            if (CheckShape() is { } shape) return shape;
        }
        if (_csv.RawRecord.Length > _maxRecordBytes) return TooLong();
        return _trimmed is true ? ValidateFields<AsWritten>() : ValidateFields<Trimmed>();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Rejection? ValidateFields<T>() where T : struct, IFieldForm
    {
        ref var d = ref _draft;
        return ValidateWhen<T>(ref d) ?? ValidateWhere<T>(ref d) ?? ValidateJob<T>(ref d) ?? ValidatePay<T>(ref d) ?? ValidateRest<T>(ref d);
    }

    /// <summary>A record over <see cref="ObservationReaderOptions.MaxRecordBytes"/> (<see cref="RecordLimit"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Rejection TooLong() => RecordLimit.TooLong(_csv, Header.Names, _headerCount, Line, _maxRecordBytes);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Rejection? CheckShape()
    {
        if (_malformed is { } m && m.LineNumber == _csv.LineNumber && BrokenQuoting.Reason(FileName, m, _csv.RawRecord, Dialect.Separator, Line) is { } broken)
            return Whole(broken);
        return RecordShape.Check(_csv, Header.Names, _headerCount, Line);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Rejection? ValidateWhen<T>(ref ObservationDraft d) where T : struct, IFieldForm
    {
        var s = Field<T>(ObservationField.Date);
        if (s.IsEmpty) return Fail(ObservationField.Date, Fault.Missing, s);
        if (!Utf8Text.TryParseDate(s, out d.Date)) return Fail(ObservationField.Date, Fault.Unreadable, s);
        if (d.Date > _today) return Fail(ObservationField.Date, Fault.TooHigh, s, date: d.Date);
        if (d.Date < ObservationReaderOptions.Oldest) return Fail(ObservationField.Date, Fault.TooLow, s, date: d.Date);
        if (Text<T>(ObservationField.Source, _lookups.Sources) is { } source) (d.Source, d.SourceCode) = source;
        else (d.Source, d.SourceCode) = (_lookups.DefaultSource, _lookups.DefaultSourceCode);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Rejection? ValidateWhere<T>(ref ObservationDraft d) where T : struct, IFieldForm
    {
        var s = Field<T>(ObservationField.Sector);
        if (s.IsEmpty) return Fail(ObservationField.Sector, Fault.Missing, s);
        if (!_lookups.Sectors.TryGet(s, out var sector)) return Fail(ObservationField.Sector, Fault.Unknown, s);
        d.Sector = (Sector)sector;

        s = Field<T>(ObservationField.EmployerType);
        if (s.IsEmpty) d.Employer = null;
        else if (_lookups.Employers.TryGet(s, out var employer)) d.Employer = (EmployerType)employer;
        else return Fail(ObservationField.EmployerType, Fault.Unknown, s);

        s = Field<T>(ObservationField.SizeBand);
        if (s.IsEmpty) d.Size = null;
        else if (_lookups.Sizes.TryGet(s, out var size)) d.Size = (SizeBand)size;
        else return Fail(ObservationField.SizeBand, Fault.Unknown, s);

        s = Field<T>(ObservationField.Region);
        if (s.IsEmpty) return Fail(ObservationField.Region, Fault.Missing, s);
        if (!_lookups.Regions.TryGet(s, out d.Region)) return Fail(ObservationField.Region, Fault.Unknown, s);

        s = Field<T>(ObservationField.Departement);
        if (s.IsEmpty) (d.Departement, d.DepartementCode) = (null, 0);
        else if (!_lookups.Departements.TryGet(s, out var departement)) return Fail(ObservationField.Departement, Fault.Unknown, s);
        else if (departement.Departement.Info is { } info && departement.Departement.Region != d.Region) return Outside(s, info, d.Region);
        else (d.Departement, d.DepartementCode) = (departement.Departement.Code, departement.Code);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Rejection? ValidateJob<T>(ref ObservationDraft d) where T : struct, IFieldForm
    {
        var s = Field<T>(ObservationField.ExperienceYears);
        if (s.IsEmpty) d.ExperienceYears = null;
        else if (!Utf8Text.TryParseDecimal(s, out var years, out var hundredths) && !ExperienceText.TryParse(s, out years, out hundredths))
            return Fail(ObservationField.ExperienceYears, Fault.Unreadable, s);
        else if (hundredths != Utf8Text.NoHundredths ? hundredths is < 0 or > 6000 : years is < 0 or > 60)
            return Fail(ObservationField.ExperienceYears, Fault.TooHigh, s, years);
        else d.ExperienceYears = years;

        s = Field<T>(ObservationField.Specialty);
        if (s.IsEmpty) d.Specialty = null;
        else if (_lookups.Specialties.TryGet(s, out var specialty)) d.Specialty = (Specialty)specialty;
        else return Fail(ObservationField.Specialty, Fault.Unknown, s);

        if (Text<T>(ObservationField.JobTitle, _lookups.JobTitles) is { } title) (d.JobTitle, d.JobTitleCode) = title;
        else (d.JobTitle, d.JobTitleCode) = (null, 0);

        s = Field<T>(ObservationField.Grade);
        if (s.IsEmpty) d.Grade = null;
        else if (!_lookups.Grades.TryGet(s, out var grade)) return Fail(ObservationField.Grade, Fault.Unknown, s);
        else if (d.Sector != Sector.Public) return Fail(ObservationField.Grade, Fault.Inconsistent, s);
        else d.Grade = (GradeCode)grade;

        s = Field<T>(ObservationField.Echelon);
        if (s.IsEmpty) d.Echelon = null;
        else if (!Utf8Text.TryParseSmallInt(s, out var echelon) || echelon is < 1 or > 20) return Fail(ObservationField.Echelon, Fault.Unreadable, s);
        else if (d.Grade is null) return Fail(ObservationField.Echelon, Fault.Inconsistent, s);
        else d.Echelon = echelon;

        s = Field<T>(ObservationField.Contract);
        if (s.IsEmpty) d.Contract = null;
        else if (_lookups.Contracts.TryGet(s, out var contract)) d.Contract = (ContractType)contract;
        else return Fail(ObservationField.Contract, Fault.Unknown, s);

        s = Field<T>(ObservationField.WeeklyHours);
        d.HoursHundredths = Utf8Text.NoHundredths;
        if (s.IsEmpty) d.WeeklyHours = null;
        else if (!Utf8Text.TryParseDecimal(s, out var hours, out d.HoursHundredths) && !Utf8Text.TryParseHours(s, out hours, out d.HoursHundredths))
            return Fail(ObservationField.WeeklyHours, Fault.Unreadable, s);
        else if (d.HoursHundredths != Utf8Text.NoHundredths ? d.HoursHundredths is <= 0 or > MaximumHoursHundredths : hours is <= 0 or > WorkingTime.MaximumWeeklyHours)
            return Fail(ObservationField.WeeklyHours, Fault.TooHigh, s, hours);
        else d.WeeklyHours = hours;
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Rejection? ValidatePay<T>(ref ObservationDraft d) where T : struct, IFieldForm
    {
        var s = Field<T>(ObservationField.PayAmount);
        if (s.IsEmpty) return Fail(ObservationField.PayAmount, Fault.Missing, s);
        var words = _payWordsOfHeader;
        if (!Utf8Text.TryParseDecimal(s, out d.PayAmount, out d.PayCents) && !TryAmountWithWords(s, ref d, out words))
            return Fail(ObservationField.PayAmount, Fault.Unreadable, s);
        if (d.PayCents != Utf8Text.NoHundredths ? d.PayCents <= 0 : d.PayAmount <= 0) return Fail(ObservationField.PayAmount, Fault.TooLow, s, d.PayAmount);
        if (d.PayCents != Utf8Text.NoHundredths ? d.PayCents > Money.MaxAmountCents : d.PayAmount > Money.MaxAmount)
            return Fail(ObservationField.PayAmount, Fault.TooHigh, s, d.PayAmount);

        s = Field<T>(ObservationField.PayBasis);
        if (s.IsEmpty) d.PayBasis = PayBasis.Monthly;
        else if (_lookups.Bases.TryGet(s, out var basis)) d.PayBasis = (PayBasis)basis;
        else return Fail(ObservationField.PayBasis, Fault.Unknown, s);

        s = Field<T>(ObservationField.MonthsPaid);
        if (s.IsEmpty)
        {
            d.MonthsPaid = 12m;
            d.MonthsHundredths = 1200;
        }
        else if (!Utf8Text.TryParseDecimal(s, out d.MonthsPaid, out d.MonthsHundredths)) return Fail(ObservationField.MonthsPaid, Fault.Unreadable, s);
        else if (d.MonthsHundredths != Utf8Text.NoHundredths ? d.MonthsHundredths is < 1200 or > 1600 : d.MonthsPaid is < 12 or > 16)
            return Fail(ObservationField.MonthsPaid, Fault.TooHigh, s, d.MonthsPaid);

        s = Field<T>(ObservationField.GrossOrNet);
        if (s.IsEmpty) d.PayKind = PayKind.Gross;
        else if (_lookups.Kinds.TryGet(s, out var kind)) d.PayKind = (PayKind)kind;
        else return Fail(ObservationField.GrossOrNet, Fault.Unknown, s);
        if (words != NoWords) return StatedPay<T>(ref d, words);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Rejection? ValidateRest<T>(ref ObservationDraft d) where T : struct, IFieldForm
    {
        var s = Field<T>(ObservationField.Gender);
        if (s.IsEmpty) d.Gender = null;
        else if (_lookups.Genders.TryGet(s, out var gender)) d.Gender = (Gender)gender;
        else return Fail(ObservationField.Gender, Fault.Unknown, s);

        s = Field<T>(ObservationField.Synthetic);
        if (s.IsEmpty) d.Synthetic = false;
        else if (_lookups.Booleans.TryGet(s, out var synthetic)) d.Synthetic = synthetic != 0;
        else return Fail(ObservationField.Synthetic, Fault.Unknown, s);

        var unknown = Header.UnknownColumns;
        for (var i = 0; i < unknown.Count; i++) d.Extra[i] = TextAt(unknown[i]);
        return null;
    }

    private readonly DateOnly _today;

    /// <summary><see cref="ObservationReaderOptions.MaxRecordBytes"/>, read once per record.</summary>
    private readonly int _maxRecordBytes;

    /// <summary>The legal weekly maximum in hundredths of an hour, for hours parsed to hundredths.</summary>
    private const int MaximumHoursHundredths = (int)(WorkingTime.MaximumWeeklyHours * 100);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Field<T>(ObservationField field) where T : struct, IFieldForm
    {
        var column = _columns[(int)field];
        return column < 0 ? default : T.Of(_csv.GetSpan(column));
    }

    /// <summary>The trimmed text of a column (and its number) through a cache of its distinct values, null when empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TextRef? Text<T>(ObservationField field, Utf8Lookup<TextRef> cache) where T : struct, IFieldForm
    {
        var s = Field<T>(field);
        if (s.IsEmpty) return null;
        cache.TryGet(s, out var text);
        return text;
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

    /// <summary>What is wrong with a value (the message depends on the column).</summary>
    private enum Fault
    {
        Missing,
        Unreadable,
        Unknown,
        TooLow,
        TooHigh,
        Inconsistent,
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Rejection Fail(ObservationField field, Fault fault, ReadOnlySpan<byte> value, decimal number = 0m, DateOnly date = default) =>
        new(Line, Header.NameOf(field), Message(field, fault, Utf8Text.Show(value), number, date));

    /// <summary>A département of another région than the record's (INSEE COG, départements and régions since 2016-01-01).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Rejection Outside(ReadOnlySpan<byte> value, DepartementInfo departement, byte region)
    {
        var stated = RegionIndex.At(region).Code;
        return new Rejection(Line, Header.NameOf(ObservationField.Departement),
            $"Le département '{Utf8Text.Show(value)}' ({departement.Name}) est {CodeBook.InRegion(departement.Region.Code)} ({departement.Region.Code}), " +
            $"pas dans la région {stated} ({CodeBook.RegionNames[stated]}) de l'enregistrement.");
    }

    private static string Message(ObservationField field, Fault fault, string v, decimal n, DateOnly date) => (field, fault) switch
    {
        (ObservationField.Date, Fault.Missing) => "Date manquante.",
        (ObservationField.Date, Fault.Unreadable) => DateText.NotADate(v),
        (ObservationField.Date, Fault.TooHigh) => $"Date {IngestText.Date(date)} dans le futur.",
        (ObservationField.Date, _) => $"Date {IngestText.Date(date)} antérieure au {IngestText.Date(ObservationReaderOptions.Oldest)}.",
        (ObservationField.Sector, Fault.Missing) => "Secteur manquant.",
        (ObservationField.Sector, _) => $"Secteur '{v}' inconnu : attendu public, private ou remote (Public, Privé, Télésecrétariat).",
        (ObservationField.EmployerType, _) => $"Type d'employeur '{v}' inconnu : attendu {Codes(CodeBook.Employers)}.",
        (ObservationField.SizeBand, _) => $"Taille '{v}' inconnue : attendu {Codes(CodeBook.Sizes)}.",
        (ObservationField.Region, Fault.Missing) => "Région manquante.",
        (ObservationField.Region, _) => $"Région '{v}' inconnue : attendu un code INSEE de région (11, 24 … 94, 01 … 06) ou un nom de région.",
        (ObservationField.Departement, _) => $"Département '{v}' inconnu : attendu 01 à 95, 2A, 2B, 971 à 974 ou 976.",
        (ObservationField.ExperienceYears, Fault.Unreadable) => $"'{v}' n'est pas un nombre d'années.",
        (ObservationField.ExperienceYears, _) => $"Expérience de {IngestText.Number(n)} ans hors de l'intervalle 0 à 60 ans.",
        (ObservationField.Specialty, _) => $"Spécialité '{v}' inconnue : attendu {Codes(CodeBook.Specialties)} (ou leur nom français).",
        (ObservationField.Grade, Fault.Inconsistent) => "Un grade ne s'applique qu'au secteur public.",
        (ObservationField.Grade, _) => $"Grade '{v}' inconnu : attendu {Codes(CodeBook.Grades)}.",
        (ObservationField.Echelon, Fault.Inconsistent) => "Un échelon demande un grade.",
        (ObservationField.Echelon, _) => $"'{v}' n'est pas un échelon (1 à 20).",
        (ObservationField.Contract, _) => $"Contrat '{v}' inconnu : attendu {Codes(CodeBook.Contracts)}.",
        (ObservationField.WeeklyHours, Fault.Unreadable) => $"'{v}' n'est pas un nombre d'heures.",
        (ObservationField.WeeklyHours, _) => $"Durée hebdomadaire de {IngestText.Number(n)} h hors de l'intervalle ]0 ; {IngestText.Number(WorkingTime.MaximumWeeklyHours)}] h.",
        (ObservationField.PayAmount, Fault.Missing) => "Salaire manquant.",
        (ObservationField.PayAmount, Fault.Unreadable) => $"'{v}' n'est pas un montant.",
        (ObservationField.PayAmount, Fault.TooLow) => IngestText.NotPositiveAmount(n),
        (ObservationField.PayAmount, _) => IngestText.AboveMaxAmount(n),
        (ObservationField.PayBasis, _) => $"Base '{v}' inconnue : attendu Mensuel, Annuel ou Horaire (monthly, annual, hourly).",
        (ObservationField.MonthsPaid, Fault.Unreadable) => $"'{v}' n'est pas un nombre de mois.",
        (ObservationField.MonthsPaid, _) => $"{IngestText.Number(n)} mois payés hors de l'intervalle 12 à 16.",
        (ObservationField.GrossOrNet, _) => $"'{v}' n'est ni Brut ni Net.",
        (ObservationField.Gender, _) => $"Sexe '{v}' inconnu : attendu {ValueAliases.GendersExpected}.",
        (ObservationField.Synthetic, _) => $"'{v}' n'est ni oui ni non.",
        _ => $"Valeur '{v}' refusée.",
    };

    private static string Codes<T>(CodeMap<T> map) where T : struct, Enum => string.Join(", ", map.AllCodes);
}
