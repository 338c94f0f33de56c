using System.Text;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>Large inputs without quotes are read by several threads; the result must be the one of a single pass.</summary>
public class ParallelPipelineTests
{
    private static byte[] LargeFile(string newLine)
    {
        var text = new StringBuilder("Date;Secteur;Région;Salaire;Base;Heures hebdo;Intitulé du poste;Note" + newLine);
        var random = new Random(2264);
        for (var i = 0; i < 40_000; i++)
        {
            if (i % 997 == 0) text.Append(";;;;;;;" + newLine);
            if (i % 3001 == 0) text.Append(newLine);
            if (i % 7919 == 0) text.Append(newLine + newLine + newLine);
            var salary = i % 1009 == 0 ? "abc" : (1700 + random.Next(0, 1500)).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",5";
            var region = i % 2003 == 0 ? "Lune" : "84";
            text.Append($"15/03/2025;Privé;{region};{salary};Mensuel;{(i % 5 == 0 ? "28" : "35")};Secrétaire médicale n°{i % 50};note {i}{newLine}");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void SeveralThreadsGiveTheResultOfOnePass(string newLine)
    {
        var bytes = LargeFile(newLine);
        Assert.True(bytes.Length > 1 << 20);

        var one = Read("big.csv", bytes, 1);
        var three = Read("big.csv", bytes, 3);

        Assert.Equal(40_000, one.Read);
        Assert.Equal(one.Read, one.Accepted + one.Rejected);
        Assert.Equal((one.Read, one.Accepted, one.Rejected, one.Flagged, one.BlankRecords),
            (three.Read, three.Accepted, three.Rejected, three.Flagged, three.BlankRecords));
        Assert.Equal(one.Rejections, three.Rejections);
        Assert.Equal(one.RejectedRecords.Select(r => r.ToArray()), three.RejectedRecords.Select(r => r.ToArray()));
        Assert.Equal(one.Observations.Rows, three.Observations.Rows, new RowComparer());
        Assert.Equal(one.ReferenceP90, three.ReferenceP90);
    }

    /// <summary>Parts of valid records fill the columns back to back; the last part may end without a line break.</summary>
    [Theory]
    [InlineData(2, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void ValidRecordsWithOrWithoutAFinalLineBreakGiveTheResultOfOnePass(int degree, bool finalLineBreak)
    {
        var text = new StringBuilder("Date;Secteur;Région;Salaire;Base;Heures hebdo\n");
        for (var i = 0; i < 45_000; i++)
            text.Append($"15/03/2025;Privé;84;{1700 + i % 1500},{i % 100:00};Mensuel;{(i % 5 == 0 ? "28" : "35")}\n");
        if (!finalLineBreak) text.Length--;
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 1 << 20);

        var one = Read("valid.csv", bytes, 1);
        var many = Read("valid.csv", bytes, degree);

        Assert.Equal((45_000L, 45_000L), (one.Read, one.Accepted));
        Assert.Equal((one.Read, one.Accepted, one.Rejected), (many.Read, many.Accepted, many.Rejected));
        Assert.Equal(one.Observations.Rows, many.Observations.Rows, new RowComparer());
        Assert.Equal(45_001, many.Observations[^1].Line);
    }

    /// <summary>A quote or a lone CR anywhere makes the input be read in one pass: a quoted field may hold line breaks
    /// (and a cut there would split it), a lone CR ends a record of its own. Here it sits in the middle of the three parts
    /// or near the end of the last one.</summary>
    [Theory]
    [InlineData("15/03/2025;Privé;84;2000;Mensuel;\"35\";\"Secrétaire\nmédicale\"\n", 30_000)]
    [InlineData("15/03/2025;Privé;84;2000;Mensuel;\"35\";\"Secrétaire\nmédicale\"\n", 44_990)]
    [InlineData("15/03/2025;Privé;84;2000;Mensuel;35;Secrétaire\r15/03/2025;Privé;84;2100;Mensuel;35;Secrétaire\n", 22_500)]
    [InlineData("15/03/2025;Privé;84;2000;Mensuel;35;Secrétaire\r15/03/2025;Privé;84;2100;Mensuel;35;Secrétaire\n", 44_990)]
    public void AQuoteOrALoneCarriageReturnIsReadAsInOnePass(string special, int after)
    {
        var text = new StringBuilder("Date;Secteur;Région;Salaire;Base;Heures hebdo;Intitulé du poste\n");
        for (var i = 0; i < 45_000; i++)
        {
            if (i == after) text.Append(special);
            text.Append($"15/03/2025;Privé;84;{1800 + i % 1500};Mensuel;35;Secrétaire médicale\n");
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 1 << 20);

        var one = Read("special.csv", bytes, 1);
        var three = Read("special.csv", bytes, 3);

        var records = special.Contains('"') ? 45_001 : 45_002;
        Assert.Equal((records, records), (one.Read, one.Accepted));
        Assert.Equal(one.Observations.Rows, three.Observations.Rows, new RowComparer());
        // Physical lines: the header, 45 000 one-line records and the special text's two lines.
        Assert.Equal(45_003, three.Observations[^1].Line);
    }

    /// <summary>The fields of a part are taken as written only when none needs trimming: a value padded with spaces or
    /// no-break spaces, in one record of one part or in every record, reads as its unpadded twin, in one pass or three.</summary>
    [Theory]
    [InlineData(30_000)]
    [InlineData(44_999)]
    [InlineData(-1)]
    public void PaddedValuesReadAsTheirUnpaddedTwin(int padded)
    {
        static byte[] File(Func<int, string, string> pad)
        {
            var text = new StringBuilder("Date;Secteur;Région;Salaire;Base;Heures hebdo;Intitulé du poste\n");
            for (var i = 0; i < 45_000; i++)
                text.Append($"{pad(i, "15/03/2025")};{pad(i, "Privé")};84;{pad(i, (1800 + i % 1500).ToString(System.Globalization.CultureInfo.InvariantCulture))};Mensuel;{pad(i, "35")};{pad(i, "Secrétaire médicale")}\n");
            return Encoding.UTF8.GetBytes(text.ToString());
        }
        var plain = File((_, value) => value);
        var padding = File((i, value) => padded < 0 || i == padded ? $" \u00A0{value}\u202F\t" : value);
        Assert.True(plain.Length > 1 << 20);

        var expected = Read("file.csv", plain, 1);
        Assert.Equal((45_000L, 45_000L), (expected.Read, expected.Accepted));
        foreach (var threads in new[] { 1, 3 })
        {
            var actual = Read("file.csv", padding, threads);
            Assert.Equal((45_000L, 45_000L), (actual.Read, actual.Accepted));
            Assert.Equal(expected.Observations.Rows, actual.Observations.Rows, new RowComparer());
        }
    }

    /// <summary>A byte order mark makes the text UTF-8 without a check; a byte that is not UTF-8 behind it stops the scan of
    /// its part early, so the parts' counts cannot be trusted: the input is read in one pass, as it would be anyway.</summary>
    [Fact]
    public void ABadByteBehindAUtf8ByteOrderMarkIsReadAsInOnePass()
    {
        var text = new StringBuilder("Date;Secteur;Région;Salaire;Base;Heures hebdo;Intitulé du poste\n");
        for (var i = 0; i < 45_000; i++)
            text.Append($"15/03/2025;Privé;84;{1800 + i % 1500};Mensuel;35;Secrétaire médicale {(i == 30_000 ? "\u0001" : "")}\n");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xFF;
        Assert.True(bytes.Length > 1 << 20);

        var one = Read("bom.csv", bytes, 1);
        var three = Read("bom.csv", bytes, 3);

        Assert.Null(three.FileError);
        Assert.Equal((45_000L, 45_000L), (three.Read, three.Accepted));
        Assert.Equal(one.Observations.Rows, three.Observations.Rows, new RowComparer());
    }

    /// <summary>The parts' line numbers start after every physical line before the data: Excel's <c>sep=</c> line and a
    /// header whose quoted name holds a line break (quotes in the header do not stop the parallel read).</summary>
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void AHeaderOnTwoLinesAfterASeparatorLineIsCountedInEveryPart(string newLine)
    {
        var text = new StringBuilder($"sep=;{newLine}Date;Secteur;Région;Salaire;Base;Heures hebdo;\"Intitulé{newLine}du poste\"{newLine}");
        for (var i = 0; i < 45_000; i++)
            text.Append($"15/03/2025;Privé;{(i == 44_000 ? "Lune" : "84")};{1800 + i % 1500};Mensuel;35;Secrétaire médicale{newLine}");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 1 << 20);

        var one = Read("header.csv", bytes, 1);
        var three = Read("header.csv", bytes, 3);

        // Lines: sep=, the header's two lines, then record i on line 4 + i.
        Assert.Equal(4 + 44_000, Assert.Single(one.Rejections).Line);
        Assert.Equal(one.Rejections, three.Rejections);
        Assert.Equal(one.Observations.Rows, three.Observations.Rows, new RowComparer());
        Assert.Equal(4 + 44_999, three.Observations[^1].Line);
    }

    /// <summary>An empty line before the header: the reader threads' data start after the header, not after the empty
    /// line (the header was read as a record, rejected on line 2 as "'Date' n'est pas une date", and counted in Read).</summary>
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void AnEmptyLineBeforeTheHeaderIsNotReadAsARecordByTheThreads(string newLine)
    {
        var bytes = Encoding.UTF8.GetBytes(newLine).Concat(LargeFile(newLine)).ToArray();

        var one = Read("blank-first.csv", bytes, 1);
        var three = Read("blank-first.csv", bytes, 3);

        Assert.Equal(40_000, three.Read);
        Assert.DoesNotContain(three.Rejections, r => r.Line <= 2);
        Assert.Equal((one.Read, one.Accepted, one.Rejected), (three.Read, three.Accepted, three.Rejected));
        Assert.Equal(one.Rejections, three.Rejections);
        Assert.Equal(one.Observations.Rows, three.Observations.Rows, new RowComparer());
    }

    [Fact]
    public void LineNumbersCountTheHeaderBlankLinesAndEveryRecord()
    {
        var result = Read("big.csv", LargeFile("\n"), 2);
        // Record i is on line 2 + i + (blank records before it) + (empty lines before it: one every 3001 records, three
        // in a row every 7919).
        static long LineOf(int i) => 2 + i + (i / 997 + 1) + (i / 3001 + 1) + 3 * (i / 7919 + 1);
        var bad = Enumerable.Range(0, 40_000).Where(i => i % 1009 == 0 || i % 2003 == 0).ToList();
        Assert.Equal(bad.Select(i => (LineOf(i), i % 2003 == 0 ? "Région" : "Salaire")), result.Rejections.Select(r => (r.Line, r.Column)));
    }

    /// <summary>The parts of the first half have no empty line, and each of their records is one line; in the second half an
    /// empty line follows every record, and the parts count them.</summary>
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void PartsWithAndWithoutEmptyLinesCountTheirLines(string newLine)
    {
        var text = new StringBuilder("Date;Secteur;Région;Salaire;Base;Heures hebdo;Intitulé du poste" + newLine);
        for (var i = 0; i < 40_000; i++)
        {
            var region = i % 1999 == 0 ? "Lune" : "84";
            text.Append($"15/03/2025;Privé;{region};{1800 + i % 1500};Mensuel;35;Secrétaire médicale{newLine}");
            if (i >= 20_000) text.Append(newLine);
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 1 << 20);

        var one = Read("empty-lines.csv", bytes, 1);
        var three = Read("empty-lines.csv", bytes, 3);

        // Record i is on line 2 + i, and after the first 20 000 records an empty line follows each one.
        static long LineOf(int i) => 2 + i + Math.Max(0, i - 20_000);
        var bad = Enumerable.Range(0, 40_000).Where(i => i % 1999 == 0).Select(LineOf).ToList();
        Assert.Equal(bad, one.Rejections.Select(r => r.Line));
        Assert.Equal(bad, three.Rejections.Select(r => r.Line));
        Assert.Equal(one.Observations.Rows, three.Observations.Rows, new RowComparer());
        Assert.Equal(LineOf(39_999), three.Observations[^1].Line);
    }

    /// <summary>An empty line just after the line feed where a part is cut starts the next part, and only the line
    /// feed before it, in the other part, shows it as an empty line: that part's records are not one per line.</summary>
    [Fact]
    public void AnEmptyLineJustAfterACutIsCounted()
    {
        var records = new StringBuilder("Date;Secteur;Région;Salaire;Base;Heures hebdo;Intitulé du poste\n");
        for (var i = 0; i < 40_000; i++)
            records.Append($"15/03/2025;Privé;{(i % 1999 == 0 ? "Lune" : "84")};{1800 + i % 1500};Mensuel;35;Secrétaire médicale\n");
        var plain = Encoding.UTF8.GetBytes(records.ToString());
        // An empty line after each line feed where the scan cuts: the cuts move by a few bytes, to the same line feeds.
        var cuts = TextScanner.ScanParts(plain, 3).Skip(1).Select(p => p.Start).ToList();
        var bytes = new List<byte>(plain.Length + cuts.Count);
        var from = 0;
        foreach (var cut in cuts)
        {
            bytes.AddRange(plain[from..cut]);
            bytes.Add((byte)'\n');
            from = cut;
        }
        bytes.AddRange(plain[from..]);
        var input = bytes.ToArray();
        var parts = TextScanner.ScanParts(input, 3);
        Assert.True(parts.Length > 2);
        Assert.All(parts.Skip(1), p => Assert.Equal((byte)'\n', input[p.Start]));
        Assert.All(parts, p => Assert.False(p.HasEmptyLine));

        var one = Read("cuts.csv", input, 1);
        var three = Read("cuts.csv", input, 3);

        // The line of each record: the lines after the header that are not empty.
        var lines = Encoding.UTF8.GetString(input).Split('\n').Select((text, k) => (text, line: k + 1L))
            .Skip(1).Where(l => l.text.Length > 0).Select(l => l.line).ToList();
        Assert.Equal(40_000, lines.Count);
        var bad = Enumerable.Range(0, 40_000).Where(i => i % 1999 == 0).Select(i => lines[i]).ToList();
        Assert.Equal(bad, one.Rejections.Select(r => r.Line));
        Assert.Equal(bad, three.Rejections.Select(r => r.Line));
        Assert.Equal(one.Observations.Rows, three.Observations.Rows, new RowComparer());
    }

    private static ObservationIngestResult Read(string fileName, byte[] bytes, int threads) =>
        ObservationPipeline.Run(fileName, bytes, FakePayLookups.Instance, CsvTextBuilder.Options() with { MaxDegreeOfParallelism = threads });

    private sealed class RowComparer : IEqualityComparer<Domain.Observations.NormalisedObservation>
    {
        public bool Equals(Domain.Observations.NormalisedObservation? a, Domain.Observations.NormalisedObservation? b) =>
            a!.Observation == b!.Observation && a.Line == b.Line && a.MonthlyGross == b.MonthlyGross && a.Flags == b.Flags
            && a.FlagReason == b.FlagReason && a.Extra.SequenceEqual(b.Extra);

        public int GetHashCode(Domain.Observations.NormalisedObservation obj) => obj.Line.GetHashCode();
    }
}
