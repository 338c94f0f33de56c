using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// <see cref="TrimmedText"/> lets a reader skip trimming every field. It must never say "trimmed" when some field would
/// change under <see cref="Utf8Text.Trim"/> (a wrong value), and its vector pass must answer as a field-by-field look
/// does, wherever a blank falls against its 32-byte blocks.
/// </summary>
public class TrimmedTextTests
{
    private static readonly string[] Pieces =
        [";", ",", "\t", "|", "\n", "\r\n", "\r", " ", "\u00A0", "\u202F", "\"", "a", "é", "©", "Secrétaire médicale", "2 100,50", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"];

    private static readonly Gen<(byte[] Text, char Separator)> Texts =
        from pieces in Gen.ArrayOf(Gen.Frequency((1, Gen.Elements(Pieces)), (4, Gen.Elements("a", "é", "Privé", "84", "35", "xxxxxxxxxxx")), (2, Gen.Constant(";"))))
        from separator in Gen.Elements(';', ',', '\t', '|')
        select (Encoding.UTF8.GetBytes(string.Concat(pieces)), separator);

    /// <summary>The fields of a text without quotes: the bytes between the text's ends, separators and line breaks.</summary>
    private static List<byte[]> Fields(byte[] text, char separator)
    {
        var fields = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
            if (i == text.Length || text[i] == separator || text[i] is (byte)'\n' or (byte)'\r')
            {
                fields.Add(text[start..i]);
                start = i + 1;
            }
        return fields;
    }

    [Property(MaxTest = 3000, Replay = "(1913,7)")]
    public Property TrimmedMeansEveryFieldIsItsOwnTrimmedValue() =>
        Prop.ForAll(Arb.From(Texts), t =>
        {
            if (!TrimmedText.Check(t.Text, (byte)t.Separator)) return;
            Assert.DoesNotContain((byte)'"', t.Text);
            Assert.All(Fields(t.Text, t.Separator), field => Assert.Equal(field, Utf8Text.Trim(field).ToArray()));
        });

    /// <summary>The vector pass gives the answer of a look at both ends of each field.</summary>
    [Property(MaxTest = 3000, Replay = "(2213,5)")]
    public Property TheVectorPassAnswersAsFieldByField() =>
        Prop.ForAll(Arb.From(Texts), t =>
        {
            var byField = !t.Text.Contains((byte)'"')
                && Fields(t.Text, t.Separator).All(f => f.Length == 0 || (!Utf8Text.MayStartBlank(f[0]) && !Utf8Text.MayEndBlank(f[^1])));
            Assert.Equal(byField, TrimmedText.Check(t.Text, (byte)t.Separator));
        });

    [Theory]
    [InlineData("15/03/2025;Privé;84;2100,50\n16/03/2025;Public;;1900\n", ';', true)]
    [InlineData("15/03/2025;Privé;84;2100,50\r\n16/03/2025;Public;;1900\r\n", ';', true)]
    [InlineData("Secrétaire médicale;2 100,50 €", ';', true)]
    [InlineData("a\t\tb\n\tc", '\t', true)]
    [InlineData("a; b", ';', false)]
    [InlineData("a ;b", ';', false)]
    [InlineData(" a;b", ';', false)]
    [InlineData("a;b ", ';', false)]
    [InlineData("a;b \nc", ';', false)]
    [InlineData("a;b\n c", ';', false)]
    [InlineData("a;\u00A0b", ';', false)]
    [InlineData("a;b\u202F", ';', false)]
    [InlineData("a;\"b\"", ';', false)]
    [InlineData("a, b;c", ';', true)]
    [InlineData("a\t;b", ';', false)]
    public void Examples(string text, char separator, bool trimmed) =>
        Assert.Equal(trimmed, TrimmedText.Check(Encoding.UTF8.GetBytes(text), (byte)separator));

    /// <summary>A blank at each place of a long text: in a block, across two blocks, in the last (overlapping) block, at the end.</summary>
    [Fact]
    public void ABlankAtAnyPlaceOfALongTextIsSeen()
    {
        var line = Encoding.UTF8.GetBytes("15/03/2025;Privé;84;2100,50;Mensuel;35;Secrétaire médicale\n");
        var text = Enumerable.Repeat(line, 3).SelectMany(l => l).ToArray();
        Assert.True(TrimmedText.Check(text, (byte)';'));
        var missed = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ';') continue;
            // A space inserted after, then before, the separator at i.
            foreach (var at in new[] { i + 1, i })
            {
                var padded = text[..at].Append((byte)' ').Concat(text[at..]).ToArray();
                if (TrimmedText.Check(padded, (byte)';')) missed.Add(at);
            }
        }
        Assert.Empty(missed);
    }
}
