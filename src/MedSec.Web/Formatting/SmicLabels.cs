using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Web.Formatting;

/// <summary>How the pages name the SMIC of a région: Mayotte's is its own (<see cref="SmicTerritories.Of"/>), and said so.</summary>
public static class SmicLabels
{
    /// <summary><c>SMIC de Mayotte</c> in Mayotte, <c>SMIC</c> elsewhere.</summary>
    public static string Of(Region? region) => SmicRules.Name(SmicTerritories.Of(region));

    /// <summary>The same for a région code (a grid's); an unknown code is the métropole's.</summary>
    public static string Of(string? regionCode) => Of(CodeBook.TryParseRegion(regionCode, out var region) ? region : null);
}
