using MedSec.Domain.Codes;

namespace MedSec.Domain.Pay;

/// <summary>Which SMIC a région is owed: the one place a région becomes a <see cref="SmicTerritory"/>.</summary>
public static class SmicTerritories
{
    /// <summary>The INSEE code of Mayotte's région (DESIGN.md codes; CodeBook.RegionNames).</summary>
    public const string MayotteRegionCode = "06";

    /// <summary>
    /// Mayotte for région 06, the métropole's SMIC for every other région; without a région (a payroll, a national
    /// figure), the métropole's, the SMIC every figure used before régions were told apart.
    /// </summary>
    public static SmicTerritory Of(Region? region) =>
        region is { Code: MayotteRegionCode } ? SmicTerritory.Mayotte : SmicTerritory.Metropole;
}
