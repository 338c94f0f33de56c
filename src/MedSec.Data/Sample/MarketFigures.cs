using System.Collections.Frozen;
using MedSec.Data.Reference;

namespace MedSec.Data.Sample;

/// <summary>data/reference/market_figures.csv: the published aggregates the sample is calibrated on, by id.</summary>
public sealed class MarketFigures
{
    public const string FileName = "market_figures.csv";

    private readonly FrozenDictionary<string, MarketFigure> _byId;

    public MarketFigures(IReadOnlyList<MarketFigure> figures)
    {
        All = figures;
        _byId = figures.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<MarketFigure> All { get; }

    /// <summary>The figure of that id; throws <see cref="ReferenceDataException"/> naming the file when there is none.</summary>
    public MarketFigure this[string id] => _byId.TryGetValue(id, out var f)
        ? f
        : throw new ReferenceDataException($"{FileName}: no figure '{id}'", FileName);

    /// <summary>Loads the file from a reference directory.</summary>
    public static MarketFigures Load(string referenceDirectory)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new(ReferenceCsv.ReadAll(Path.GetFullPath(referenceDirectory), FileName, row =>
        {
            var id = row.Text("figure_id");
            if (!seen.Add(id)) throw row.Fail("figure_id", $"'{id}' appears twice");
            return new MarketFigure(id, row.Text("subject"), row.Text("statistic"), row.Decimal("value"), row.Text("unit"),
                row.OptionalText("pay_basis"), row.Text("period"), row.OptionalText("region_code"), row.Text("confidence"), row.Text("source"));
        }));
    }

    public static MarketFigures LoadDefault() => Load(ReferenceDataLoader.DefaultDirectory());
}
