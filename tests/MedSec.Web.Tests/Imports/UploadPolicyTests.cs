using System.Text;
using MedSec.Web.Imports;

namespace MedSec.Web.Tests.Imports;

public sealed class UploadPolicyTests
{
    [Theory]
    [InlineData("salaires.csv")]
    [InlineData("SALAIRES.CSV")]
    [InlineData("export.tsv")]
    [InlineData("notes.txt")]
    [InlineData("offres.json")]
    [InlineData("offres.jsonl")]
    [InlineData("offres.ndjson")]
    public void AcceptsTextFileNamesUpToTheLimit(string name)
    {
        Assert.Null(UploadPolicy.CheckAnnounced(name, 1));
        Assert.Null(UploadPolicy.CheckAnnounced(name, UploadPolicy.MaxBytes));
    }

    [Theory]
    [InlineData("salaires.xlsx")]
    [InlineData("salaires.pdf")]
    [InlineData("salaires")]
    [InlineData("salaires.csv.exe")]
    public void RefusesOtherExtensionsAsUnsupported(string name) =>
        Assert.Equal(UploadRefusalKind.UnsupportedType, UploadPolicy.CheckAnnounced(name, 100)?.Kind);

    [Fact]
    public void RefusesAFileOneByteOverSixteenMebibytes()
    {
        var refusal = UploadPolicy.CheckAnnounced("gros.csv", 16 * 1024 * 1024 + 1);

        Assert.Equal(UploadRefusalKind.TooLarge, refusal?.Kind);
        Assert.Equal(413, refusal?.Status);
        Assert.Contains("16 Mo", refusal?.Message);
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData("vide.csv", 0)]
    public void RefusesNoFileOrAnEmptyOneAsBadInput(string? name, long length)
    {
        var refusal = UploadPolicy.CheckAnnounced(name, length);

        Assert.Equal(UploadRefusalKind.Missing, refusal?.Kind);
        Assert.Equal(400, refusal?.Status);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "Excel")]            // ZIP: .xlsx, .docx, .ods
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, "Excel")] // OLE2: .xls
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]              // %PDF-1
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip")]
    public void RefusesKnownBinaryFormatsByTheirMagicNumber(byte[] head, string named)
    {
        var refusal = UploadPolicy.CheckContent(head);

        Assert.Equal(UploadRefusalKind.Binary, refusal?.Kind);
        Assert.Equal(415, refusal?.Status);
        Assert.Contains(named, refusal?.Message);
    }

    [Fact]
    public void RefusesBytesWithANul()
    {
        var bytes = Encoding.UTF8.GetBytes("date,source\n2025-01-01,x\0y\n");

        Assert.Equal(UploadRefusalKind.Binary, UploadPolicy.CheckContent(bytes)?.Kind);
    }

    [Fact]
    public void RefusesBytesFullOfControlCharacters()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        Assert.Equal(UploadRefusalKind.Binary, UploadPolicy.CheckContent(bytes)?.Kind);
    }

    [Fact]
    public void AcceptsFrenchCsvInUtf8AndWindows1252()
    {
        const string text = "Date;Région;Salaire\n15/03/2025;Île-de-France;2 150,00\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        Assert.Null(UploadPolicy.CheckContent(Encoding.UTF8.GetBytes(text)));
        Assert.Null(UploadPolicy.CheckContent(Encoding.GetEncoding(1252).GetBytes(text)));
        Assert.Null(UploadPolicy.CheckContent([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]));
    }

    [Fact]
    public void AcceptsUtf16WithItsByteOrderMarkDespiteItsNulBytes()
    {
        const string text = "date,source\n2025-01-01,x\n";

        Assert.Null(UploadPolicy.CheckContent([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)]));
        Assert.Null(UploadPolicy.CheckContent([.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)]));
    }

    [Fact]
    public void AcceptsUtf16WithoutByteOrderMarkWhichTheImportReads()
    {
        const string text = "Date;Secteur;Région;Salaire\r\n2024-01-01;Privé;Bretagne;1900\r\n";

        Assert.Null(UploadPolicy.CheckContent(Encoding.Unicode.GetBytes(text)));
        Assert.Null(UploadPolicy.CheckContent(Encoding.BigEndianUnicode.GetBytes(text)));
    }
}
