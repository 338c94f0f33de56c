using FsCheck;
using FsCheck.Xunit;
using MedSec.Web.Components.Forms;

namespace MedSec.Web.Tests.Forms;

/// <summary>
/// Text with a decimal part typed where a whole number is needed (an échelon, years, levels) is refused as such, in the
/// words the reader typed: MudBlazor's shared "Nombre illisible : écrivez-le en chiffres (une virgule pour les
/// décimales)." asked for figures and a decimal comma the reader had just given.
/// </summary>
public sealed class WholeNumbersProperties
{
    [Property(MaxTest = 200)]
    public bool ANumberWithADecimalPartIsRefusedInTheWordsTyped(int whole, PositiveInt decimals, bool point)
    {
        var typed = $"{whole}{(point ? '.' : ',')}{decimals.Get}";
        return WholeNumbers.Refusal(typed) == $"Nombre entier attendu : « {typed} ».";
    }

    [Property(MaxTest = 200)]
    public bool AWholeNumberIsNotRefused(int whole) => WholeNumbers.Refusal(whole.ToString(System.Globalization.CultureInfo.InvariantCulture)) is null;

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2,5,1")]
    public void TextThatIsNoNumberIsLeftToTheUnreadableMessage(string? typed) => Assert.Null(WholeNumbers.Refusal(typed));

    [Fact]
    public void GroupingSpacesAreNotTheDecimalPartAndTheTextIsQuotedTrimmed()
    {
        Assert.Null(WholeNumbers.Refusal("1 200"));
        Assert.Equal("Nombre entier attendu : « 2,5 ».", WholeNumbers.Refusal(" 2,5 "));
    }
}
