using MedSec.Web.Hosting;

namespace MedSec.Web.Tests.Hosting;

/// <summary>MudBlazor's words that a screen reader says aloud (the number fields' buttons were "Increment", "Decrement").</summary>
public class FrenchMudLocalizerTests
{
    [Theory]
    [InlineData("MudInput_Increment", "Augmenter")]
    [InlineData("MudInput_Decrement", "Diminuer")]
    [InlineData("MudInput_Clear", "Effacer")]
    public void TheNumberFieldsButtonsAreNamedInFrench(string key, string french)
    {
        var text = new FrenchMudLocalizer()[key];

        Assert.Equal(french, text.Value);
        Assert.False(text.ResourceNotFound);
    }
}
