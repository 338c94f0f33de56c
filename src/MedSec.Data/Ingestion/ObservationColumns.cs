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
    private int[] _source;
    private byte[] _sector;
    private byte[] _employer;
    private byte[] _size;
    private byte[] _region;
    private int[] _departement;
    private decimal[] _experience;
    private bool[] _hasExperience;
    private byte[] _specialty;
    private int[] _jobTitle;
    private byte[] _grade;
    private byte[] _echelon;
    private byte[] _contract;
    private decimal[] _weeklyHours;
    private bool[] _hasWeeklyHours;
    private decimal[] _payAmount;
    private byte[] _payBasis;
    private decimal[] _monthsPaid;
    private byte[] _payKind;
    private byte[] _gender;
    private bool[] _synthetic;
    private long[] _grossCents;
    private bool[] _convertedFromNet;
    private byte[] _flags;
    private string?[]? _flagReason;

    /// <summary>
    /// Guards the first allocation of the flag reasons: allocated when a row is first flagged, so an input without flags
    /// never clears its 8 bytes a row, and one with flags clears them on a reader thread rather than before the readers start.
    /// </summary>
    private object? _sparseLock;
    private readonly string?[][] _extra;

    /// <summary>The texts of the source, département and job-title columns, which hold their numbers.</summary>
    private readonly TextCodes _texts;

    /// <param name="extraNames">The names of the input's unknown columns.</param>
    /// <param name="capacity">Rows to make room for.</param>
    /// <param name="texts">The numbers the rows' texts already have (the reader's), or null for a table of their own.</param>
    public ObservationColumns(IReadOnlyList<string>? extraNames = null, int capacity = 16, TextCodes? texts = null)
    {
        ExtraNames = extraNames ?? [];
        _texts = texts ?? new TextCodes();
        capacity = Math.Max(capacity, 4);
        _line = Uninitialized<int>(capacity);
        _date = Uninitialized<DateOnly>(capacity);
        _source = Uninitialized<int>(capacity);
        _departement = Uninitialized<int>(capacity);
        _jobTitle = Uninitialized<int>(capacity);
        _sector = Uninitialized<byte>(capacity);
        _employer = Uninitialized<byte>(capacity);
        _size = Uninitialized<byte>(capacity);
        _region = Uninitialized<byte>(capacity);
        _experience = Uninitialized<decimal>(capacity);
        _hasExperience = Uninitialized<bool>(capacity);
        _specialty = Uninitialized<byte>(capacity);
        _grade = Uninitialized<byte>(capacity);
        _echelon = Uninitialized<byte>(capacity);
        _contract = Uninitialized<byte>(capacity);
        _weeklyHours = Uninitialized<decimal>(capacity);
        _hasWeeklyHours = Uninitialized<bool>(capacity);
        _payAmount = Uninitialized<decimal>(capacity);
        _payBasis = Uninitialized<byte>(capacity);
        _monthsPaid = Uninitialized<decimal>(capacity);
        _payKind = Uninitialized<byte>(capacity);
        _gender = Uninitialized<byte>(capacity);
        _synthetic = Uninitialized<bool>(capacity);
        _grossCents = Uninitialized<long>(capacity);
        _convertedFromNet = Uninitialized<bool>(capacity);
        _flags = Uninitialized<byte>(capacity);
        _extra = [.. ExtraNames.Select(_ => new string?[capacity])];
    }

    public int Count => _count;

    /// <summary>
    /// An array for a column that <see cref="Set"/> writes on every row (optional numbers too, with their presence): not
    /// cleared first. A large import would otherwise clear, on one thread before the readers start, memory the GC reuses
    /// only to overwrite it (20–45 ms for 1 M rows). The unknown columns' texts are allocated cleared (the GC clears references).
    /// </summary>
    private static T[] Uninitialized<T>(int capacity) where T : unmanaged => GC.AllocateUninitializedArray<T>(capacity);

    /// <summary>The names of the input's unknown columns, whose values are kept aside with each row.</summary>
    public IReadOnlyList<string> ExtraNames { get; }

    public NormalisedObservation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            var observation = new Observation(
                _date[index], SourceAt(index), (Sector)_sector[index], Optional<EmployerType>(_employer[index]),
                Optional<SizeBand>(_size[index]), RegionIndex.At(_region[index]), DepartementAt(index), ExperienceAt(index),
                Optional<Specialty>(_specialty[index]), JobTitleAt(index), Optional<GradeCode>(_grade[index]),
                _echelon[index] == 0 ? null : _echelon[index], Optional<ContractType>(_contract[index]), WeeklyHoursAt(index),
                _payAmount[index], (PayBasis)_payBasis[index], _monthsPaid[index], (PayKind)_payKind[index],
                Optional<Gender>(_gender[index]), _synthetic[index]);
            var extra = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < _extra.Length; c++)
                if (_extra[c][index] is { } value) extra[ExtraNames[c]] = value;
            return new NormalisedObservation(observation, _line[index], _grossCents[index] / 100m, _convertedFromNet[index],
                (ObservationFlags)_flags[index], FlagReasonAt(index), extra);
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

    public void Add(NormalisedObservation row) =>
        Add(DraftOf(row.Observation, row.Extra), row.Line,
            new NormalisedPay((long)(row.MonthlyGross * 100m), row.ConvertedFromNet, row.Flags, row.FlagReason));

    /// <summary>The draft of an observation made elsewhere (the store, tests), its texts numbered in these columns' table.</summary>
    internal ObservationDraft DraftOf(Observation o, IReadOnlyDictionary<string, string> extra) => new()
    {
        Date = o.Date, Source = o.Source, SourceCode = _texts.CodeOf(o.Source), Sector = o.Sector, Employer = o.Employer, Size = o.Size,
        Region = RegionIndex.Of(o.Region), Departement = o.Departement, DepartementCode = _texts.CodeOf(o.Departement),
        ExperienceYears = o.ExperienceYears, Specialty = o.Specialty, JobTitle = o.JobTitle, JobTitleCode = _texts.CodeOf(o.JobTitle),
        Grade = o.Grade, Echelon = o.Echelon, Contract = o.Contract, WeeklyHours = o.WeeklyHours, PayAmount = o.PayAmount,
        PayBasis = o.PayBasis, MonthsPaid = o.MonthsPaid, PayKind = o.PayKind, Gender = o.Gender, Synthetic = o.Synthetic,
        Extra = [.. ExtraNames.Select(n => extra.TryGetValue(n, out var v) ? v : null)],
    };

    internal void Add(in ObservationDraft d, long line, in NormalisedPay pay)
    {
        if (_count == _line.Length) Grow();
        Set(_count++, d, line, pay);
    }

    /// <summary>Writes row <paramref name="i"/> (below the capacity, written once) without counting it: threads filling
    /// disjoint ranges of the same columns, closed up by <see cref="Gather"/>. Empty optional values are left as allocated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Set(int i, in ObservationDraft d, long line, in NormalisedPay pay)
    {
        _line[i] = checked((int)line);
        _date[i] = d.Date;
        _source[i] = d.SourceCode;
        _sector[i] = (byte)d.Sector;
        _employer[i] = Code(d.Employer);
        _size[i] = Code(d.Size);
        _region[i] = d.Region;
        _departement[i] = d.DepartementCode;
        _experience[i] = d.ExperienceYears.GetValueOrDefault();
        _hasExperience[i] = d.ExperienceYears.HasValue;
        _specialty[i] = Code(d.Specialty);
        _jobTitle[i] = d.JobTitleCode;
        _grade[i] = Code(d.Grade);
        _echelon[i] = (byte)(d.Echelon ?? 0);
        _contract[i] = Code(d.Contract);
        _weeklyHours[i] = d.WeeklyHours.GetValueOrDefault();
        _hasWeeklyHours[i] = d.WeeklyHours.HasValue;
        _payAmount[i] = d.PayAmount;
        _payBasis[i] = (byte)d.PayBasis;
        _monthsPaid[i] = d.MonthsPaid;
        _payKind[i] = (byte)d.PayKind;
        _gender[i] = Code(d.Gender);
        _synthetic[i] = d.Synthetic;
        _grossCents[i] = pay.GrossCents;
        _convertedFromNet[i] = pay.ConvertedFromNet;
        _flags[i] = (byte)pay.Flags;
        if (pay.FlagReason is { } reason) Sparse(ref _flagReason)[i] = reason;
        for (var c = 0; c < _extra.Length; c++) _extra[c][i] = d.Extra[c];
    }

    /// <summary>Makes room for row <paramref name="i"/> (one reader only: when lone CRs end lines, there are more records
    /// than LFs). Threads sharing the columns have room for all their rows from the start.</summary>
    internal void EnsureRoom(int i)
    {
        while (i >= _line.Length) Grow();
    }

    /// <summary>
    /// Makes the rows written by <see cref="Set"/> in the given ranges (in order, disjoint, each from its start) the rows of
    /// these columns: each range is moved down to follow the one before.
    /// </summary>
    internal void Gather(IReadOnlyList<(int Start, int Count)> ranges)
    {
        var count = 0;
        var end = 0;
        foreach (var (start, n) in ranges)
        {
            if (start != count) Move(start, count, n);
            count += n;
            end = Math.Max(end, start + n);
        }
        // Rows left behind by the moves must not lend their flag reason to rows added later: Set writes one only when
        // there is one (every other column, unknown columns included, on every row).
        if (end > count && _flagReason is not null) Array.Clear(_flagReason, count, end - count);
        _count = count;
    }

    private void Move(int from, int to, int n) => ForEachColumn(new MoveRows(from, to, n));

    /// <summary>Adds a flag to an accepted row (the absurd check runs once the whole file is read).</summary>
    internal void Flag(int index, ObservationFlags flag, string reason)
    {
        _flags[index] |= (byte)flag;
        var reasons = Sparse(ref _flagReason);
        reasons[index] = reasons[index] is null ? reason : reasons[index] + "; " + reason;
    }

    /// <summary>A sparse text column, allocated by the first reader thread that writes to it (the others wait for it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private string?[] Sparse(ref string?[]? column) =>
        Volatile.Read(ref column) ?? LazyInitializer.EnsureInitialized(ref column, ref _sparseLock, NewSparse);

    private string?[] NewSparse() => new string?[_line.Length];

    private static byte Code<T>(T? value) where T : struct, Enum => value is { } v ? (byte)(Unsafe.BitCast<T, int>(v) + 1) : (byte)0;

    private static T? Optional<T>(byte code) where T : struct, Enum => code == 0 ? null : Unsafe.BitCast<int, T>(code - 1);

    private void Grow() => ForEachColumn(new Resize(_line.Length * 2));

    /// <summary>What is done alike to every column array (moving rows, growing), the sparse text columns only once allocated.</summary>
    private interface IColumnAction
    {
        void On<T>(ref T[] column);

        void OnSparse(ref string?[]? column);
    }

    /// <summary>The one list of the columns for <see cref="IColumnAction"/>s (a new column is added here, in the
    /// constructor and in <see cref="Set"/>).</summary>
    private void ForEachColumn<TAction>(TAction action) where TAction : struct, IColumnAction
    {
        action.On(ref _line);
        action.On(ref _date);
        action.On(ref _source);
        action.On(ref _sector);
        action.On(ref _employer);
        action.On(ref _size);
        action.On(ref _region);
        action.On(ref _departement);
        action.On(ref _experience);
        action.On(ref _hasExperience);
        action.On(ref _specialty);
        action.On(ref _jobTitle);
        action.On(ref _grade);
        action.On(ref _echelon);
        action.On(ref _contract);
        action.On(ref _weeklyHours);
        action.On(ref _hasWeeklyHours);
        action.On(ref _payAmount);
        action.On(ref _payBasis);
        action.On(ref _monthsPaid);
        action.On(ref _payKind);
        action.On(ref _gender);
        action.On(ref _synthetic);
        action.On(ref _grossCents);
        action.On(ref _convertedFromNet);
        action.On(ref _flags);
        action.OnSparse(ref _flagReason);
        for (var c = 0; c < _extra.Length; c++) action.On(ref _extra[c]);
    }

    private readonly struct MoveRows(int from, int to, int n) : IColumnAction
    {
        public void On<T>(ref T[] column) => Array.Copy(column, from, column, to, n);

        public void OnSparse(ref string?[]? column)
        {
            if (column is not null) Array.Copy(column, from, column, to, n);
        }
    }

    private readonly struct Resize(int size) : IColumnAction
    {
        public void On<T>(ref T[] column) => Array.Resize(ref column, size);

        public void OnSparse(ref string?[]? column)
        {
            if (column is not null) Array.Resize(ref column, size);
        }
    }
}
