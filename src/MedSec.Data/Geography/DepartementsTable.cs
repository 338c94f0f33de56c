using System.Globalization;
using MedSec.Data.Reference;
using MedSec.Domain.Codes;

namespace MedSec.Data.Geography;

/// <summary>departements.csv: départements → régions (INSEE COG) and the postcode ranges that serve each département.</summary>
internal static class DepartementsTable
{
    public const string FileName = "departements.csv";

    public static IReadOnlyList<DepartementInfo> Read(string directory)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var code = row.Text("departement_code").Trim();
            if (!seen.Add(code)) throw row.Fail("departement_code", $"'{code}' appears twice");
            var regionCode = row.Text("region_code").Trim();
            if (!CodeBook.TryParseRegion(regionCode, out var region))
                throw row.Fail("region_code", $"'{regionCode}' is not an INSEE région code");
            var ranges = ParseRanges(row.Text("postcode_ranges"), out var error);
            if (error is not null) throw row.Fail("postcode_ranges", error);
            _ = row.Validity();
            _ = row.Status();
            return new DepartementInfo(code, row.Text("departement_name"), region, row.Text("region_name"), ranges, row.Text("source"));
        });
    }

    /// <summary>Space-separated inclusive ranges <c>01000-01999</c>.</summary>
    private static List<PostcodeRange> ParseRanges(string text, out string? error)
    {
        var ranges = new List<PostcodeRange>();
        error = null;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = part.Split('-');
            if (bounds.Length != 2 || !TryPostcode(bounds[0], out var from) || !TryPostcode(bounds[1], out var to) || to < from)
            {
                error = $"'{part}' is not a postcode range (e.g. 01000-01999)";
                return ranges;
            }
            ranges.Add(new PostcodeRange(from, to));
        }
        if (ranges.Count == 0) error = "at least one postcode range is required";
        return ranges;
    }

    private static bool TryPostcode(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length == 5;
}
