using MedSec.Domain.Codes;

namespace MedSec.Web.Compare;

/// <summary>
/// One of the comparison's warnings and the sectors whose estimate gave it: null when every sector did (the model's
/// data, the date), so that a figure only one sector's estimate speaks of (its P10, its agreement's minimum) says whose.
/// </summary>
public sealed record ComparisonWarning(IReadOnlyList<Sector>? Sectors, string Text)
{
    /// <summary>Each distinct warning once, in the order the sectors give them, with the sectors that gave it.</summary>
    public static IReadOnlyList<ComparisonWarning> Of(ComparisonResult result)
    {
        var sectorsByText = new Dictionary<string, List<Sector>>();
        var order = new List<string>();
        foreach (var column in result.Sectors)
        {
            foreach (var text in column.Estimate.Warnings)
            {
                if (!sectorsByText.TryGetValue(text, out var sectors))
                {
                    sectorsByText[text] = sectors = [];
                    order.Add(text);
                }
                if (!sectors.Contains(column.Sector)) sectors.Add(column.Sector);
            }
        }
        return order.Select(text => new ComparisonWarning(
            sectorsByText[text].Count == result.Sectors.Count ? null : sectorsByText[text], text)).ToList();
    }
}
