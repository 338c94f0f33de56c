using System.Diagnostics;
using CsvHelper;
using MedSec.Data.Ingestion;

namespace MedSec.Bench;

/// <summary>Where the pipeline's time goes: the CSV reader alone, then reading + validation, then the whole pipeline.</summary>
public static class Diagnostics
{
    public static void Run(string path, IPayLookups lookups)
    {
        byte[][] samples = ["25,4"u8.ToArray(), "35"u8.ToArray(), "1931,23"u8.ToArray(), "12"u8.ToArray()];
        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            long acc = 0;
            for (var i = 0; i < 10_000_000; i++)
            {
                Utf8Text.TryParseDecimal(samples[i & 3], out var v, out var h);
                acc += h;
            }
            Console.Error.WriteLine($"  TryParseDecimal: {sw.Elapsed.TotalMilliseconds * 1e6 / 10_000_000:F1} ns per call ({acc % 7})");
            byte[][] dates = ["05/10/2025"u8.ToArray(), "2024-02-29"u8.ToArray(), "31/12/2024"u8.ToArray(), "01/01/2025"u8.ToArray()];
            sw.Restart();
            for (var i = 0; i < 10_000_000; i++)
            {
                Utf8Text.TryParseDate(dates[i & 3], out var date);
                acc += date.DayNumber;
            }
            Console.Error.WriteLine($"  TryParseDate: {sw.Elapsed.TotalMilliseconds * 1e6 / 10_000_000:F1} ns per call ({acc % 7})");
        }
        var bytes = File.ReadAllBytes(path);
        var body = bytes.AsMemory(Array.IndexOf(bytes, (byte)'\n') + 1);
        for (var i = 0; i < 7; i++)
        {
            var (byRecord, byColumn) = LookupOrderProbe.Run(body, (byte)';');
            Console.Error.WriteLine($"  the 14 value lookups: record by record {byRecord:F0} ms, column by column (batches of {LookupOrderProbe.Batch}) {byColumn:F0} ms");
        }
        for (var i = 0; i < 4; i++)
        {
            var w = Stopwatch.StartNew();
            var (utf8, _) = InputDecoder.Decode(bytes);
            var decode = w.Elapsed.TotalMilliseconds;
            var span = utf8.Span;
            w.Restart();
            var newlines = span.Count((byte)'\n');
            var count = w.Elapsed.TotalMilliseconds;
            w.Restart();
            var quotes = span.Contains((byte)'"');
            var contains = w.Elapsed.TotalMilliseconds;
            w.Restart();
            var crlf = span.Count("\r\n"u8);
            var countCrLf = w.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine($"  passes: Count('\\n') {count:F1} ms, Contains('\"') {contains:F1} ms, Count(CRLF) {countCrLf:F1} ms ({newlines}{quotes}{crlf})");
            w.Restart();
            var dotnetValid = System.Text.Unicode.Utf8.IsValid(bytes);
            var dotnetCheck = w.Elapsed.TotalMilliseconds;
            w.Restart();
            var vectorValid = TextScanner.Scan(bytes, 0).ValidUtf8;
            var vectorCheck = w.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine($"  UTF-8 check on one thread: Utf8.IsValid {dotnetCheck:F1} ms, TextScanner (check and counts) {vectorCheck:F1} ms ({dotnetValid}{vectorValid})");
            w.Restart();
            long sum = 0;
            using (var csv = CsvReader.Create(utf8, CsvReaderOptions.Default with { Separator = ';', TrackLineNumbers = true, PoolStrings = true }))
            {
                while (csv.Read())
                {
                    sum += csv.LineNumber;
                    for (var f = 0; f < csv.FieldCount; f++) sum += csv.GetSpan(f).Length;
                }
            }
            var scan = w.Elapsed.TotalMilliseconds;
            w.Restart();
            var splitter = new QuoteFreeSplitter(utf8[(utf8.Span.IndexOf((byte)'\n') + 1)..], (byte)';');
            while (splitter.Read())
            {
                sum += splitter.Line;
                for (var f = 0; f < splitter.FieldCount; f++) sum += splitter.GetSpan(f).Length;
            }
            var simdSplit = w.Elapsed.TotalMilliseconds;
            w.Restart();
            using (var csv = CsvReader.Create(utf8, CsvReaderOptions.Default with { Separator = ';', TrackLineNumbers = false, PoolStrings = true }))
            {
                while (csv.Read())
                {
                    sum += csv.ByteOffset;
                    for (var f = 0; f < csv.FieldCount; f++) sum += csv.GetSpan(f).Length;
                }
            }
            var scanNoLines = w.Elapsed.TotalMilliseconds;
            w.Restart();
            using (var csv = CsvReader.Create(utf8, CsvReaderOptions.Default with { Separator = ';', TrackLineNumbers = true, PoolStrings = true }))
            {
                while (csv.Read()) sum += csv.FieldCount;
            }
            var scanOnly = w.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine($"  scan without line numbers {scanNoLines:F0} ms, records only (no GetSpan) {scanOnly:F0} ms, " +
                $"quote-free SIMD splitter + spans {simdSplit:F0} ms");
            w.Restart();
            using (var csv = CsvReader.Create(utf8, CsvReaderOptions.Default with { Separator = ';', TrackLineNumbers = true, PoolStrings = true, OnMalformedRecord = _ => sum++, MaxRecordSize = 1 << 20 }))
            {
                while (csv.Read())
                {
                    sum += csv.LineNumber;
                    for (var f = 0; f < csv.FieldCount; f++) sum += csv.GetSpan(f).Length;
                }
            }
            var scanMalformed = w.Elapsed.TotalMilliseconds;
            w.Restart();
            using (var csv = CsvReader.Create(utf8, CsvReaderOptions.Default with { Separator = ';', TrackLineNumbers = true, PoolStrings = true }))
            {
                while (csv.Read())
                {
                    sum += csv.GetString(1)!.Length + csv.GetString(9)!.Length;
                }
            }
            var strings = w.Elapsed.TotalMilliseconds;
            w.Restart();
            using (var csv = CsvReader.Create(utf8, CsvReaderOptions.Default with { Separator = ';', TrackLineNumbers = true, PoolStrings = true }))
            {
                while (csv.Read())
                {
                    for (var f = 0; f < csv.FieldCount; f++)
                        if (Utf8Text.TryParseDecimal(csv.GetSpan(f), out var d)) sum += (long)d;
                }
            }
            var decimals = w.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine($"  with OnMalformedRecord {scanMalformed:F0} ms, 2 GetString {strings:F0} ms, TryParseDecimal on all fields {decimals:F0} ms");
            w.Restart();
            using (var reader = ObservationCsvReader.Open("x.csv", bytes))
            {
                while (reader.Next()) sum += reader.Rejection is null ? 1 : 0;
            }
            var validate = w.Elapsed.TotalMilliseconds;
            w.Restart();
            var result = ObservationPipeline.Run("x.csv", bytes, lookups, new ObservationPipelineOptions(ReferenceP90: 10_000m));
            var pipeline = w.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine($"decode {decode:F0} ms, csv scan + spans {scan:F0} ms, reader+validate {validate:F0} ms, pipeline {pipeline:F0} ms ({sum % 7}{result.Accepted % 7})");
        }
    }
}
