using System.Globalization;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Exports;

namespace MedSec.Data.Tests.Exports;

/// <summary>Write a table, read it back with a CSV reader set for French files: the same texts and amounts. Fixed seeds.</summary>
public class CsvExportProperties
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly Gen<string> Texts = Gen.Elements(
        "Secrétaire médicale", "a;b", "guillemet \" au milieu", "deux\r\nlignes", "=SOMME(A1:A2)", "-", "", "Écart à 5 %", "   espaces  ");

    private static readonly Gen<(string Text, decimal Amount, int Count)[]> Rows =
        Gen.ArrayOf(
            from text in Texts
            from cents in Gen.Choose(-1_000_000, 100_000_000)
            from count in Gen.Choose(0, 1000)
            select (text, cents / 100m, count));

    [Property(MaxTest = 100, Replay = "(20261122,11)")]
    public Property WrittenThenReadGivesTheSameTextsAndAmounts() =>
        Prop.ForAll(Rows.ToArbitrary(), rows =>
        {
            var table = new ExportTable("T", [new("Texte", ExportKind.Text), new("Montant", ExportKind.Money), new("Nombre", ExportKind.Integer)],
                [.. rows.Select(r => (IReadOnlyList<object?>)[r.Text, r.Amount, r.Count])], []);
            var bytes = CsvExport.ToBytes(table);

            using var csv = CsvReader.Create(bytes.AsMemory(3), CsvReaderOptions.Default with
            {
                Separator = ';',
                HasHeader = true,
                AllowLineBreaksInQuotes = true,
                DetectSeparatorHint = false,
            });
            csv.ReadHeader();
            var back = new List<(string, decimal, int)>();
            while (csv.Read())
                back.Add((csv.GetString(0), decimal.Parse(csv.GetString(1), NumberStyles.Number, French), int.Parse(csv.GetString(2), CultureInfo.InvariantCulture)));

            var expected = rows.Select(r => (r.Text.Length > 0 && r.Text[0] is '=' or '-' ? "'" + r.Text : r.Text, r.Amount, r.Count));
            return back.SequenceEqual(expected);
        });
}
