using System.Runtime.CompilerServices;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Accepted observations stored column by column (typed arrays, a byte per code), as the pipeline produces them:
/// no object per row, and the DataFrame layer and the store read the arrays directly. Rows are materialised on demand.
/// Coded columns that may be empty store the enum value + 1, with 0 for "none".
/// </summary>
public sealed partial class ObservationColumns
{
    private int _count;
    private int[] _line;
    private DateOnly[] _date;
    private string[] _source;
    private byte[] _sector;
    private byte[] _employer;
    private byte[] _size;
    private byte[] _region;
    private string?[] _departement;
    private decimal?[] _experience;
    private byte[] _specialty;
    private string?[] _jobTitle;
    private byte[] _grade;
    private byte[] _echelon;
    private byte[] _contract;
    private decimal?[] _weeklyHours;
    private decimal[] _payAmount;
    private byte[] _payBasis;
    private decimal[] _monthsPaid;
    private byte[] _payKind;
    private byte[] _gender;
    private bool[] _synthetic;
    private long[] _grossCents;
    private bool[] _convertedFromNet;
    private byte[] _flags;
    private string?[] _flagReason;
    private readonly string?[][] _extra;

    public ObservationColumns(IReadOnlyList<string>? extraNames = null, int capacity = 16)
    {
        ExtraNames = extraNames ?? [];
        capacity = Math.Max(capacity, 4);
        _line = new int[capacity];
        _date = new DateOnly[capacity];
        _source = new string[capacity];
        _sector = new byte[capacity];
        _employer = new byte[capacity];
        _size = new byte[capacity];
        _region = new byte[capacity];
        _departement = new string?[capacity];
        _experience = new decimal?[capacity];
        _specialty = new byte[capacity];
        _jobTitle = new string?[capacity];
        _grade = new byte[capacity];
        _echelon = new byte[capacity];
        _contract = new byte[capacity];
        _weeklyHours = new decimal?[capacity];
        _payAmount = new decimal[capacity];
        _payBasis = new byte[capacity];
        _monthsPaid = new decimal[capacity];
        _payKind = new byte[capacity];
        _gender = new byte[capacity];
        _synthetic = new bool[capacity];
        _grossCents = new long[capacity];
        _convertedFromNet = new bool[capacity];
        _flags = new byte[capacity];
        _flagReason = new string?[capacity];
        _extra = [.. ExtraNames.Select(_ => new string?[capacity])];
    }

    public int Count => _count;

    /// <summary>The names of the input's unknown columns, whose values are kept aside with each row.</summary>
    public IReadOnlyList<string> ExtraNames { get; }

    public NormalisedObservation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            var observation = new Observation(
                _date[index], _source[index], (Sector)_sector[index], Optional<EmployerType>(_employer[index]),
                Optional<SizeBand>(_size[index]), RegionIndex.At(_region[index]), _departement[index], _experience[index],
                Optional<Specialty>(_specialty[index]), _jobTitle[index], Optional<GradeCode>(_grade[index]),
                _echelon[index] == 0 ? null : _echelon[index], Optional<ContractType>(_contract[index]), _weeklyHours[index],
                _payAmount[index], (PayBasis)_payBasis[index], _monthsPaid[index], (PayKind)_payKind[index],
                Optional<Gender>(_gender[index]), _synthetic[index]);
            var extra = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < _extra.Length; c++)
                if (_extra[c][index] is { } value) extra[ExtraNames[c]] = value;
            return new NormalisedObservation(observation, _line[index], _grossCents[index] / 100m, _convertedFromNet[index],
                (ObservationFlags)_flags[index], _flagReason[index], extra);
        }
    }

    /// <summary>All rows, materialised one by one.</summary>
    public IEnumerable<NormalisedObservation> Rows
    {
        get
        {
            for (var i = 0; i < _count; i++) yield return this[i];
        }
    }

    /// <summary>Builds columns from rows (the store and tests); the extra names are the union of the rows' extra keys.</summary>
    public static ObservationColumns From(IReadOnlyCollection<NormalisedObservation> rows)
    {
        var names = rows.SelectMany(r => r.Extra.Keys).Distinct(StringComparer.Ordinal).ToList();
        var columns = new ObservationColumns(names, rows.Count);
        foreach (var row in rows) columns.Add(row);
        return columns;
    }

    public void Add(NormalisedObservation row)
    {
        var o = row.Observation;
        var draft = new ObservationDraft
        {
            Date = o.Date, Source = o.Source, Sector = o.Sector, Employer = o.Employer, Size = o.Size, Region = RegionIndex.Of(o.Region),
            Departement = o.Departement, ExperienceYears = o.ExperienceYears, Specialty = o.Specialty, JobTitle = o.JobTitle,
            Grade = o.Grade, Echelon = o.Echelon, Contract = o.Contract, WeeklyHours = o.WeeklyHours, PayAmount = o.PayAmount,
            PayBasis = o.PayBasis, MonthsPaid = o.MonthsPaid, PayKind = o.PayKind, Gender = o.Gender, Synthetic = o.Synthetic,
            Extra = [.. ExtraNames.Select(n => row.Extra.TryGetValue(n, out var v) ? v : null)],
        };
        Add(draft, row.Line, new NormalisedPay((long)(row.MonthlyGross * 100m), row.ConvertedFromNet, row.Flags, row.FlagReason));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Add(in ObservationDraft d, long line, in NormalisedPay pay)
    {
        if (_count == _line.Length) Grow();
        var i = _count++;
        _line[i] = checked((int)line);
        _date[i] = d.Date;
        _source[i] = d.Source;
        _sector[i] = (byte)d.Sector;
        _employer[i] = Code(d.Employer);
        _size[i] = Code(d.Size);
        _region[i] = d.Region;
        _departement[i] = d.Departement;
        _experience[i] = d.ExperienceYears;
        _specialty[i] = Code(d.Specialty);
        _jobTitle[i] = d.JobTitle;
        _grade[i] = Code(d.Grade);
        _echelon[i] = (byte)(d.Echelon ?? 0);
        _contract[i] = Code(d.Contract);
        _weeklyHours[i] = d.WeeklyHours;
        _payAmount[i] = d.PayAmount;
        _payBasis[i] = (byte)d.PayBasis;
        _monthsPaid[i] = d.MonthsPaid;
        _payKind[i] = (byte)d.PayKind;
        _gender[i] = Code(d.Gender);
        _synthetic[i] = d.Synthetic;
        _grossCents[i] = pay.GrossCents;
        _convertedFromNet[i] = pay.ConvertedFromNet;
        _flags[i] = (byte)pay.Flags;
        _flagReason[i] = pay.FlagReason;
        for (var c = 0; c < _extra.Length; c++) _extra[c][i] = d.Extra[c];
    }

    /// <summary>Appends the rows of <paramref name="other"/> (the same extra columns), as they are.</summary>
    internal void Append(ObservationColumns other)
    {
        var n = other._count;
        while (_line.Length < _count + n) Grow();
        Array.Copy(other._line, 0, _line, _count, n);
        Array.Copy(other._date, 0, _date, _count, n);
        Array.Copy(other._source, 0, _source, _count, n);
        Array.Copy(other._sector, 0, _sector, _count, n);
        Array.Copy(other._employer, 0, _employer, _count, n);
        Array.Copy(other._size, 0, _size, _count, n);
        Array.Copy(other._region, 0, _region, _count, n);
        Array.Copy(other._departement, 0, _departement, _count, n);
        Array.Copy(other._experience, 0, _experience, _count, n);
        Array.Copy(other._specialty, 0, _specialty, _count, n);
        Array.Copy(other._jobTitle, 0, _jobTitle, _count, n);
        Array.Copy(other._grade, 0, _grade, _count, n);
        Array.Copy(other._echelon, 0, _echelon, _count, n);
        Array.Copy(other._contract, 0, _contract, _count, n);
        Array.Copy(other._weeklyHours, 0, _weeklyHours, _count, n);
        Array.Copy(other._payAmount, 0, _payAmount, _count, n);
        Array.Copy(other._payBasis, 0, _payBasis, _count, n);
        Array.Copy(other._monthsPaid, 0, _monthsPaid, _count, n);
        Array.Copy(other._payKind, 0, _payKind, _count, n);
        Array.Copy(other._gender, 0, _gender, _count, n);
        Array.Copy(other._synthetic, 0, _synthetic, _count, n);
        Array.Copy(other._grossCents, 0, _grossCents, _count, n);
        Array.Copy(other._convertedFromNet, 0, _convertedFromNet, _count, n);
        Array.Copy(other._flags, 0, _flags, _count, n);
        Array.Copy(other._flagReason, 0, _flagReason, _count, n);
        for (var c = 0; c < _extra.Length; c++) Array.Copy(other._extra[c], 0, _extra[c], _count, n);
        _count += n;
    }

    /// <summary>Adds a flag to an accepted row (the absurd check runs once the whole file is read).</summary>
    internal void Flag(int index, ObservationFlags flag, string reason)
    {
        _flags[index] |= (byte)flag;
        _flagReason[index] = _flagReason[index] is null ? reason : _flagReason[index] + "; " + reason;
    }

    private static byte Code<T>(T? value) where T : struct, Enum => value is { } v ? (byte)(Unsafe.BitCast<T, int>(v) + 1) : (byte)0;

    private static T? Optional<T>(byte code) where T : struct, Enum => code == 0 ? null : Unsafe.BitCast<int, T>(code - 1);

    private void Grow()
    {
        var size = _line.Length * 2;
        Array.Resize(ref _line, size);
        Array.Resize(ref _date, size);
        Array.Resize(ref _source, size);
        Array.Resize(ref _sector, size);
        Array.Resize(ref _employer, size);
        Array.Resize(ref _size, size);
        Array.Resize(ref _region, size);
        Array.Resize(ref _departement, size);
        Array.Resize(ref _experience, size);
        Array.Resize(ref _specialty, size);
        Array.Resize(ref _jobTitle, size);
        Array.Resize(ref _grade, size);
        Array.Resize(ref _echelon, size);
        Array.Resize(ref _contract, size);
        Array.Resize(ref _weeklyHours, size);
        Array.Resize(ref _payAmount, size);
        Array.Resize(ref _payBasis, size);
        Array.Resize(ref _monthsPaid, size);
        Array.Resize(ref _payKind, size);
        Array.Resize(ref _gender, size);
        Array.Resize(ref _synthetic, size);
        Array.Resize(ref _grossCents, size);
        Array.Resize(ref _convertedFromNet, size);
        Array.Resize(ref _flags, size);
        Array.Resize(ref _flagReason, size);
        for (var c = 0; c < _extra.Length; c++) Array.Resize(ref _extra[c], size);
    }
}
