using MedSec.Domain.Codes;

namespace MedSec.Data.Geography;

/// <summary>A département (INSEE code <c>07</c>, <c>2A</c>, <c>974</c>), its région and the postcodes that serve it.</summary>
/// <param name="Code">Département code (code du département).</param>
/// <param name="Name">Its French name (libellé).</param>
/// <param name="Region">Its région (INSEE code).</param>
/// <param name="RegionName">The région's French name.</param>
/// <param name="Postcodes">The postcode ranges of data/reference/departements.csv.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record DepartementInfo(
    string Code,
    string Name,
    Region Region,
    string RegionName,
    IReadOnlyList<PostcodeRange> Postcodes,
    string Source);
