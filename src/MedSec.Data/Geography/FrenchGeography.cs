using System.Collections.Frozen;
using MedSec.Data.Reference;

namespace MedSec.Data.Geography;

/// <summary>
/// Places in France: département → région, postcode → département (Corsica's 20xxx split into 2A/2B by range, the overseas
/// 97xxx by their three digits) and INSEE commune code → département. Read from data/reference/departements.csv.
/// </summary>
public sealed class FrenchGeography
{
    private readonly FrozenDictionary<string, DepartementInfo> _byCode;
    private readonly (PostcodeRange Range, DepartementInfo Departement)[] _ranges;

    public FrenchGeography(IReadOnlyList<DepartementInfo> departements)
    {
        ArgumentNullException.ThrowIfNull(departements);
        Departements = departements;
        _byCode = departements.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
        _ranges = [.. departements.SelectMany(d => d.Postcodes.Select(r => (r, d))).OrderBy(x => x.r.From)];
        for (var i = 1; i < _ranges.Length; i++)
            if (_ranges[i].Range.From <= _ranges[i - 1].Range.To)
                throw new ReferenceDataException(
                    $"{DepartementsTable.FileName}: the postcodes {_ranges[i - 1].Range} ({_ranges[i - 1].Departement.Code}) and " +
                    $"{_ranges[i].Range} ({_ranges[i].Departement.Code}) overlap", DepartementsTable.FileName);
    }

    /// <summary>The départements in file order.</summary>
    public IReadOnlyList<DepartementInfo> Departements { get; }

    /// <summary>Loads departements.csv from a reference directory (the folder that holds smic.csv and the others).</summary>
    public static FrenchGeography Load(string referenceDirectory) => new(DepartementsTable.Read(Path.GetFullPath(referenceDirectory)));

    /// <summary>Loads the bundled copy (or <c>$MEDSEC_DATA/reference</c>).</summary>
    public static FrenchGeography LoadDefault() => Load(ReferenceDataLoader.DefaultDirectory());

    /// <summary>A département by its code, written <c>07</c>, <c>7</c>, <c>2a</c> or <c>974</c>.</summary>
    public bool TryGetDepartement(string? code, out DepartementInfo departement)
    {
        departement = null!;
        if (string.IsNullOrWhiteSpace(code)) return false;
        var c = code.Trim().ToUpperInvariant();
        if (c.Length == 1 && char.IsAsciiDigit(c[0])) c = "0" + c;
        return _byCode.TryGetValue(c, out departement!);
    }

    /// <summary>
    /// The département a postcode serves: <c>07200</c> → 07, <c>20090</c> → 2A, <c>20600</c> → 2B, <c>97411</c> → 974.
    /// A four-digit code is read with its leading zero restored (<c>7200</c> → <c>07200</c>), as spreadsheets drop it.
    /// Codes of no département (Monaco 98000, Saint-Barthélemy 97133…) are not found.
    /// </summary>
    public bool TryFromPostcode(string? postcode, out DepartementInfo departement)
    {
        departement = null!;
        if (!TryParsePostcode(postcode, out var value)) return false;
        int lo = 0, hi = _ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var range = _ranges[mid].Range;
            if (value < range.From) hi = mid - 1;
            else if (value > range.To) lo = mid + 1;
            else
            {
                departement = _ranges[mid].Departement;
                return true;
            }
        }
        return false;
    }

    /// <summary>The département of an INSEE commune code (code commune, not postcode): <c>07186</c> → 07, <c>2A004</c> → 2A, <c>97411</c> → 974.</summary>
    public bool TryFromCommuneCode(string? communeCode, out DepartementInfo departement)
    {
        departement = null!;
        if (string.IsNullOrWhiteSpace(communeCode)) return false;
        var c = communeCode.Trim().ToUpperInvariant();
        if (c.Length != 5) return false;
        return TryGetDepartement(c.StartsWith("97", StringComparison.Ordinal) ? c[..3] : c[..2], out departement);
    }

    /// <summary>Five digits (spaces allowed inside, a lost leading zero restored).</summary>
    public static bool TryParsePostcode(string? text, out int postcode)
    {
        postcode = 0;
        if (text is null) return false;
        var digits = 0;
        foreach (var ch in text)
        {
            if (ch is ' ' or '\u00A0' or '\u202F') continue;
            if (!char.IsAsciiDigit(ch) || ++digits > 5) return false;
            postcode = postcode * 10 + (ch - '0');
        }
        return digits is 4 or 5;
    }
}
