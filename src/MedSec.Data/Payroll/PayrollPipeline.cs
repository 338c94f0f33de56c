using System.Text;
using CsvHelper;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Payroll;

/// <summary>
/// Reads an employer's payroll CSV as French offices write it (same conventions as observation files: <c>;</c> <c>,</c>
/// tab or <c>|</c>, UTF-8 or Windows-1252, decimal comma, dd/mm/yyyy dates, French or English headers) and validates each
/// record: accepted (maybe flagged below the SMIC) or rejected with line, column and reason. Never throws for bad input.
/// </summary>
public static partial class PayrollPipeline
{
    public static PayrollIngestResult Run(string fileName, ReadOnlyMemory<byte> content, PayrollPipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= new PayrollPipelineOptions();
        try
        {
            return RunCore(fileName, content, options);
        }
        catch (FileRejectedException e)
        {
            return new PayrollIngestResult { FileName = fileName, FileError = e.Reason };
        }
    }

    /// <summary>True when raw bytes look like a payroll file: a header naming a matricule and a base salary.</summary>
    public static bool Looks(ReadOnlyMemory<byte> content)
    {
        var (utf8, _) = InputDecoder.Decode(content);
        var (separator, _, start, _) = CsvDialect.Detect(utf8.Span);
        var text = utf8.Span[start..];
        var end = text.IndexOfAny((byte)'\n', (byte)'\r');
        var header = Encoding.UTF8.GetString(end < 0 ? text : text[..end]);
        return PayrollHeader.Looks(header.Split(separator).Select(h => h.Trim().Trim('"')));
    }

    private static PayrollIngestResult RunCore(string fileName, ReadOnlyMemory<byte> content, PayrollPipelineOptions options)
    {
        var (text, dialect, _) = CsvInput.Open(fileName, content);
        var lineOffset = dialect.LinesBeforeHeader;
        CsvMalformedRecord? malformed = null;
        using var csv = CsvReader.Create(text, CsvInput.Options(dialect.Separator, hasHeader: true, options.MaxRecordBytes, m => malformed = m));
        PayrollHeader header;
        try
        {
            csv.ReadHeader();
            header = PayrollHeader.Map(fileName, csv.Headers);
        }
        catch (CsvFormatException e)
        {
            throw new FileRejectedException(fileName, CsvFailure.Header(e, lineOffset));
        }

        var validator = new PayrollValidator(header, options);
        var columns = RecordShape.Columns(header.Names);
        var records = new List<PayrollRecord>();
        var rejections = new List<Rejection>();
        var rejected = new List<ReadOnlyMemory<byte>>();
        var flags = new List<FlaggedRecord>();
        long read = 0, blank = 0;
        while (true)
        {
            malformed = null;
            try
            {
                if (!csv.Read()) break;
            }
            catch (CsvFormatException e)
            {
                throw new FileRejectedException(fileName, CsvFailure.Record(e, lineOffset, read));
            }
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = csv.GetString(i).Trim();
            if (fields.All(f => f.Length == 0))
            {
                blank++;
                continue;
            }
            read++;
            var line = csv.LineNumber + lineOffset;
            Rejection? rejection = malformed is { } m && BrokenQuoting.Reason(fileName, m, csv.RawRecord, dialect.Separator, line) is { } broken
                ? new Rejection(line, Rejection.WholeRecord, broken)
                : null;
            // A record must have the header's fields, as in observation files: an unquoted decimal comma ("1900,50") would
            // otherwise shift the columns after it and store a wrong base or bonus without a word.
            rejection ??= RecordShape.Check(csv, header.Names, columns, line);
            if (rejection is null && csv.RawRecord.Length > options.MaxRecordBytes)
                rejection = RecordLimit.TooLong(csv, header.Names, columns, line, options.MaxRecordBytes);
            if (rejection is null && validator.TryValidate(line, fields, out var record, out rejection, out var flag))
            {
                records.Add(record);
                if (flag is not null) flags.Add(flag);
                continue;
            }
            rejections.Add(rejection!);
            rejected.Add(csv.RawRecord.ToArray());
        }

        return new PayrollIngestResult
        {
            FileName = fileName,
            Dialect = dialect,
            Header = header.Names,
            HeaderLine = CsvInput.FirstLine(text),
            UnknownColumns = header.UnknownNames,
            Read = read,
            BlankRecords = blank,
            Records = records,
            Rejections = rejections,
            RejectedRecords = rejected,
            Flags = flags,
        };
    }
}
