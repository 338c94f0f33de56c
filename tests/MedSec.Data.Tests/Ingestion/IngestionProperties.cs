using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// Properties over generated files. Each runs from a fixed seed (Replay) so CI is deterministic; on failure FsCheck
/// prints the shrunk counter-example and the replay string of the run.
/// </summary>
public class IngestionProperties
{
    private static readonly ObservationPipelineOptions Options = new(new ObservationReaderOptions(Today: ObservationGen.Today, MaxRecordBytes: GeneratedFile.MaxRecordBytes));

    [Property(MaxTest = 150, Replay = "(20261122,97)")]
    public Property EveryRecordIsAcceptedOrRejectedAndEveryBadRecordIsNamedByLine() =>
        Prop.ForAll(Arb.From(Gen.Elements(';', ',', '\t', '|').SelectMany(GeneratedFile.Of)), file =>
        {
            var result = ObservationPipeline.Run("gen.csv", file.Bytes, FakePayLookups.Instance, Options);
            Assert.Null(result.FileError);
            Assert.Equal(file.Records, result.Read);
            Assert.Equal(result.Read, result.Accepted + result.Rejected);
            Assert.Equal(file.BadLines, result.Rejections.Select(r => r.Line));
            Assert.Equal(file.BadColumns, result.Rejections.Select(r => r.Column));
        });

    [Property(MaxTest = 300, Replay = "(4242,1)")]
    public Property ArbitraryBytesNeverThrow() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))), bytes => Survives(bytes));

    [Property(MaxTest = 300, Replay = "(777,3)")]
    public Property CsvLikeBytesAfterAValidHeaderNeverThrow() =>
        Prop.ForAll(Arb.From(
            from body in Gen.ArrayOf(Gen.Elements("\"", ";", ",", "\n", "\r", "|", "\t", " ", "2025-01-01", "Privé", "84", "12,5", "é", "\u00A0", "\0", "\u00ff")
                .Select(s => s))
            from header in Gen.Elements("Date;Secteur;Région;Salaire\n", "date,sector,region,pay_amount\r\n", "sep=|\nDate|Secteur|Région|Salaire\n")
            select Encoding.UTF8.GetBytes(header + string.Concat(body))), bytes => Survives(bytes));

    private static void Survives(byte[] bytes)
    {
        var result = ObservationPipeline.Run("fuzz.csv", bytes, FakePayLookups.Instance, Options);
        if (result.IsFileRejected) Assert.Equal(0, result.Accepted);
        else Assert.Equal(result.Read, result.Accepted + result.Rejected);
        if (!result.IsFileRejected && result.Rejected > 0)
        {
            using var rejects = new MemoryStream();
            RejectsWriter.Write(rejects, result);
        }
    }

    [Property(MaxTest = 100, Replay = "(1147,29)")]
    public Property CanonicalWriteThenReadRoundTripsObservationsExactly() =>
        Prop.ForAll(Arb.From(Gen.ListOf(ObservationGen.Observation())), observations =>
            RoundTrip(observations, ObservationCsvStyle.Canonical, new UTF8Encoding(false), "\n"));

    [Property(MaxTest = 100, Replay = "(2264,2099)")]
    public Property FrenchWindows1252WriteThenReadRoundTripsObservationsExactly() =>
        Prop.ForAll(Arb.From(Gen.ListOf(ObservationGen.Observation())), observations =>
            RoundTrip(observations, ObservationCsvStyle.French, InputDecoder.Ansi, "\r\n"));

    private static void RoundTrip(IReadOnlyList<Observation> observations, ObservationCsvStyle style, Encoding encoding, string newLine)
    {
        using var stream = new MemoryStream();
        ObservationCsvWriter.Write(stream, observations, style, encoding, newLine);
        var result = ObservationPipeline.Run("roundtrip.csv", stream.ToArray(), FakePayLookups.Instance, Options);
        Assert.Null(result.FileError);
        Assert.Empty(result.Rejections);
        Assert.Equal(observations, result.Observations.Rows.Select(r => r.Observation));
    }
}
