using FsCheck.Xunit;
using MedSec.Data.Geography;
using MedSec.Web.Compare;

namespace MedSec.Web.Tests.Compare;

public sealed class PostcodeHintTests
{
    private static readonly FrenchGeography Geography = FrenchGeography.LoadDefault();

    [Theory]
    [InlineData("69003", "84", "Rhône (69)")]
    [InlineData("33000", "75", "Gironde (33)")]
    [InlineData(" 20090 ", "94", "Corse-du-Sud (2A)")]
    [InlineData("97411", "04", "La Réunion (974)")]
    // A spreadsheet's lost leading zero: 07200, Aubenas.
    [InlineData("7200", "84", "Ardèche (07)")]
    // Spaces inside are no digits: 75 001 is Paris, not 07500.
    [InlineData("75 001", "11", "Paris (75)")]
    [InlineData("75\u00a0001", "11", "Paris (75)")]
    public void APostcodeGivesItsDepartementAndRegion(string postcode, string region, string departement)
    {
        var hint = PostcodeHint.Of(Geography, postcode);

        Assert.Equal(new PostcodeHint(region, departement, null), hint);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("6")]
    [InlineData("690")]
    public void NothingOrACodeBeingTypedSaysNothing(string? postcode) =>
        Assert.Equal(new PostcodeHint(null, null, null), PostcodeHint.Of(Geography, postcode));

    [Theory]
    [InlineData("98000")] // Monaco: no French département.
    [InlineData("00000")]
    [InlineData("69O03")]
    [InlineData("Lyon")]
    public void TextThatCannotBeAFrenchPostcodeSaysWhy(string postcode)
    {
        var hint = PostcodeHint.Of(Geography, postcode);

        Assert.Null(hint.Region);
        Assert.Equal($"Code postal inconnu '{postcode}' : 5 chiffres d'une commune française attendus.", hint.Error);
    }

    /// <summary>Five digits are a whole code: the hint gives a région and a département, or an error, never nothing.</summary>
    [Property(MaxTest = 300, Replay = "(20261124,5)")]
    public bool FiveDigitsAlwaysGetAnAnswer(ushort seed, byte extra)
    {
        var postcode = ((seed * 2 + extra % 2) % 100_000).ToString("00000");
        var hint = PostcodeHint.Of(Geography, postcode);
        return (hint.Region is not null && hint.Departement is not null && hint.Error is null)
            || (hint.Region is null && hint.Departement is null && hint.Error is not null);
    }
}
