using System.Runtime.CompilerServices;
using CsvHelper;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Reads and validates an observation CSV as French offices write it (CsvHelper 34's low-level reader): separator
/// <c>;</c> <c>,</c> tab or <c>|</c>, UTF-8 with or without BOM or Windows-1252, French or English headers and values,
/// quoted multi-line fields. Each call to <see cref="Next"/> gives one record, valid (<see cref="Rejection"/> null) or not.
/// Whole-file problems throw <see cref="FileRejectedException"/>.
/// </summary>
public sealed partial class ObservationCsvReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly ObservationReaderOptions _options;
    private readonly long _lineOffset;

    /// <summary>
    /// For a part without quotes whose line breaks all end records (a reader thread's part): lines are counted here from
    /// the bytes between records, and CsvHelper neither counts them nor watches for broken quoting (which a part without
    /// quotes cannot have). Its per-record line count scans every record for line breaks (~5 % of an import's time).
    /// </summary>
    private readonly bool _plain;

    /// <summary>For a plain part without empty lines: each record is one line, and the line of a record follows from the
    /// records before it, without looking at the bytes between them.</summary>
    private readonly bool _oneLinePerRecord;
    private long _lineFeedsBefore;
    private int _scanned;
    /// <summary>The header's columns, trailing unnamed fields excluded (<see cref="RecordShape.Columns"/>).</summary>
    private readonly int _headerCount;
    private CsvMalformedRecord? _malformed;
    private ObservationDraft _draft;

    /// <summary>Whether the fields of every record are already trimmed (<see cref="TrimmedText"/>): then the validation takes
    /// them as written. Null until the first read, so that the reader of a whole input split among threads does not scan it.</summary>
    private bool? _trimmed;

    private ObservationCsvReader(string fileName, ReadOnlyMemory<byte> text, CsvDialect dialect, TextPart[] parts, ObservationReaderOptions options)
    {
        FileName = fileName;
        Dialect = dialect;
        Input = text;
        Parts = parts;
        HeaderLine = CsvInput.FirstLine(text);
        _options = options;
        _today = options.TodayOrNow;
        _maxRecordBytes = options.MaxRecordBytes;
        _lineOffset = dialect.LinesBeforeHeader;
        _csv = CsvReader.Create(text, CsvOptions());
        try
        {
            _csv.ReadHeader();
            Header = ObservationHeader.Map(fileName, _csv.Headers);
        }
        catch (CsvFormatException e)
        {
            _csv.Dispose();
            throw new FileRejectedException(fileName, CsvFailure.Header(e, _lineOffset));
        }
        catch (FileRejectedException)
        {
            _csv.Dispose();
            throw;
        }
        _headerCount = RecordShape.Columns(Header.Names);
        _payWordsOfHeader = PayWordsOf(Header);
        _columns = [.. Enum.GetValues<ObservationField>().Select(Header.ColumnOf)];
        _draft.Extra = new string?[Header.UnknownColumns.Count];
        _lookups = new FieldLookups(options.DefaultSource ?? fileName, options.Geography, new TextCodes());
    }

    /// <summary>A reader of the records in <paramref name="chunk"/>, a part of <paramref name="parent"/>'s data that starts
    /// at a record boundary, after <paramref name="linesBefore"/> physical lines of the input, and has no quote and no lone
    /// CR (for a reader thread, with that thread's value caches); <paramref name="oneLinePerRecord"/> when it has no empty
    /// line either.</summary>
    internal ObservationCsvReader(ObservationCsvReader parent, ReadOnlyMemory<byte> chunk, long linesBefore, bool oneLinePerRecord,
        FieldLookups lookups)
    {
        FileName = parent.FileName;
        Dialect = parent.Dialect;
        Input = chunk;
        Parts = [];
        HeaderLine = parent.HeaderLine;
        Header = parent.Header;
        _options = parent._options;
        _today = parent._today;
        _maxRecordBytes = parent._maxRecordBytes;
        _lineOffset = linesBefore;
        _plain = true;
        _oneLinePerRecord = oneLinePerRecord;
        _csv = CsvReader.Create(chunk, CsvOptions());
        _headerCount = parent._headerCount;
        _payWordsOfHeader = parent._payWordsOfHeader;
        _columns = parent._columns;
        _draft.Extra = new string?[Header.UnknownColumns.Count];
        _lookups = lookups;
    }

    /// <summary>Value caches like this reader's, for another thread (a thread's readers share one set).</summary>
    internal FieldLookups NewFieldLookups() => new(_lookups.DefaultSource, _options.Geography, _lookups.Texts);

    /// <summary>The numbers of the texts this reader and the readers of its parts meet (for the columns they fill).</summary>
    internal TextCodes Texts => _lookups.Texts;

    /// <summary>The UTF-8 text from the header line on (after an optional <c>sep=</c> line).</summary>
    internal ReadOnlyMemory<byte> Input { get; }

    /// <summary>The parts of <see cref="Input"/> as the decoder's scan counted them (none for the reader of a part).</summary>
    internal TextPart[] Parts { get; }

    /// <summary>Where the data records start in <see cref="Input"/>: after the header line and its line break.</summary>
    internal int DataStart
    {
        get
        {
            var end = HeaderLine.Length;
            var span = Input.Span;
            if (end < span.Length && span[end] == '\r') end++;
            if (end < span.Length && span[end] == '\n') end++;
            return end;
        }
    }

    /// <summary>Physical lines before the data records: Excel's <c>sep=</c> line and the header's lines (a quoted header
    /// name may hold line breaks), counted as CsvHelper counts them (CRLF, LF or a lone CR each end one).</summary>
    internal long LinesBeforeData => Dialect.LinesBeforeHeader + CsvInput.LineBreaks(Input.Span[..DataStart]);

    /// <summary>CsvHelper's settings: the whole input starts with the header; a plain part has none, and needs neither line
    /// tracking nor reports of broken quoting (see <see cref="_plain"/>).</summary>
    private CsvReaderOptions CsvOptions() =>
        CsvInput.Options(Dialect.Separator, hasHeader: !_plain, _options.MaxRecordBytes, _plain ? null : m => _malformed = m)
            with { PoolStrings = true, TrackLineNumbers = !_plain };

    public string FileName { get; }

    public CsvDialect Dialect { get; }

    public ObservationHeader Header { get; }

    /// <summary>The header line as written (UTF-8, without its line break), for the rejects file.</summary>
    public ReadOnlyMemory<byte> HeaderLine { get; }

    /// <summary>Physical line where the current record starts (header = line 1).</summary>
    public long Line { get; private set; }

    /// <summary>Data records read so far (blank records excluded).</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Records made only of empty fields, passed over and not counted (spreadsheets leave them at the end).</summary>
    public long BlankRecords { get; private set; }

    /// <summary>Why the current record is refused, or null when it is valid.</summary>
    public Rejection? Rejection { get; private set; }

    /// <summary>The current record as written in the input (UTF-8, without the line break). Valid until the next read.</summary>
    public ReadOnlySpan<byte> RawRecord => _csv.RawRecord;

    /// <summary>Offset of the current record in the UTF-8 text, for progress.</summary>
    public long ByteOffset => _csv.ByteOffset;

    /// <summary>The current record as an observation (only when <see cref="Rejection"/> is null).</summary>
    public Observation Current => Rejection is null
        ? _draft.ToObservation()
        : throw new InvalidOperationException("The current record is rejected.");

    internal ref readonly ObservationDraft Draft => ref _draft;

    /// <summary>Opens an input held in memory; throws <see cref="FileRejectedException"/> when it cannot be read as observations.</summary>
    public static ObservationCsvReader Open(string fileName, ReadOnlyMemory<byte> content, ObservationReaderOptions? options = null) =>
        Open(fileName, content, options, degree: 1);

    /// <summary>As <see cref="Open(string, ReadOnlyMemory{byte}, ObservationReaderOptions?)"/>, checking the encoding with up to
    /// <paramref name="degree"/> threads.</summary>
    internal static ObservationCsvReader Open(string fileName, ReadOnlyMemory<byte> content, ObservationReaderOptions? options, int degree)
    {
        options ??= new ObservationReaderOptions();
        var (text, dialect, parts) = CsvInput.Open(fileName, content, degree);
        return new ObservationCsvReader(fileName, text, dialect, parts, options);
    }

    /// <summary>Moves to the next non-blank record; false at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Next()
    {
        _trimmed ??= FieldsTrimmed();
        while (true)
        {
            _malformed = null;
            bool more;
            try
            {
                more = _csv.Read();
            }
            catch (CsvFormatException e)
            {
                throw new FileRejectedException(FileName, CsvFailure.Record(e, _lineOffset, RecordsRead));
            }
            if (!more) return false;
            var line = _plain ? PlainLine() : _csv.LineNumber + _lineOffset;
            if (IsBlank())
            {
                BlankRecords++;
                continue;
            }
            Line = line;
            RecordsRead++;
            Rejection = Validate();
            return true;
        }
    }

    /// <summary>Whether the data records' fields are all trimmed already (a part holds data records only).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool FieldsTrimmed() => TrimmedText.Check(_plain ? Input.Span : Input.Span[DataStart..], (byte)Dialect.Separator);

    /// <summary>The line of the current record in a plain part: one more than the line feeds before it (those of the records
    /// before it, and of the empty lines CsvHelper passed over; without empty lines, one per record before it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long PlainLine()
    {
        if (_oneLinePerRecord) return _lineOffset + ++_lineFeedsBefore;
        var start = (int)_csv.ByteOffset;
        var gap = start - _scanned;
        var text = Input.Span;
        // Between two records is their line break (LF or CRLF: a plain part has no lone CR), then any empty lines.
        _lineFeedsBefore += gap == 1 || (gap == 2 && text[_scanned] == '\r') ? 1 : text[_scanned..start].Count((byte)'\n');
        _scanned = start + _csv.RawRecord.Length;
        return _lineOffset + _lineFeedsBefore + 1;
    }

    /// <summary>Whether every field is empty once trimmed; the first field, which usually is not, is looked at inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsBlank() => Utf8Text.Trim(_csv.GetSpan(0)).IsEmpty && RestIsBlank();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool RestIsBlank()
    {
        for (var i = 1; i < _csv.FieldCount; i++)
            if (!Utf8Text.Trim(_csv.GetSpan(i)).IsEmpty) return false;
        return true;
    }

    public void Dispose() => _csv.Dispose();
}
