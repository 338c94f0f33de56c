using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// The trees of the median model and of the spread model, flattened (<see cref="FlatEnsemble"/>) and evaluated on a dense
/// copy of the one-hot features. It gives the prediction engine's ln median and spread score (checked by the tests) in a
/// few microseconds, for the explanations, which ask the model about some forty variants of a profile and calibrate each
/// median as the estimate does (the spread sets its σ). Rows with an unknown experience (NaN) go to the engine instead: the
/// public API does not say where LightGBM sends missing values.
/// </summary>
internal sealed class CompiledModel
{
    private static readonly string[] Columns = ["Sector", "Employer", "Size", "Region", "Specialty", "Contract"];

    private readonly Dictionary<string, int>[] _slots;
    private readonly FlatEnsemble _median;
    private readonly FlatEnsemble _spread;

    private CompiledModel(Dictionary<string, int>[] slots, int experienceSlot, int width, FlatEnsemble median, FlatEnsemble spread)
    {
        _slots = slots;
        ExperienceSlot = experienceSlot;
        Width = width;
        _median = median;
        _spread = spread;
    }

    /// <summary>Length of the feature vector.</summary>
    public int Width { get; }

    public int ExperienceSlot { get; }

    /// <summary>The compiled pay model chain, or null when the chain is not the expected one (then the engine is used).</summary>
    public static CompiledModel? TryCompile(ITransformer chain, DataViewSchema inputSchema)
    {
        if (chain is not TransformerChain<ITransformer> steps) return null;
        var parts = steps.ToArray();
        // features → median → copy of its score → spread, both models reading the same Features column.
        if (parts.Length != 4
            || parts[1] is not RegressionPredictionTransformer<LightGbmRegressionModelParameters> median
            || parts[3] is not RegressionPredictionTransformer<LightGbmRegressionModelParameters> spread
            || FlatEnsemble.TryFlatten(median.Model.TrainedTreeEnsemble) is not { } medianTrees
            || FlatEnsemble.TryFlatten(spread.Model.TrainedTreeEnsemble) is not { } spreadTrees)
            return null;

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        parts[0].GetOutputSchema(inputSchema)["Features"].GetSlotNames(ref names);
        var slots = Columns.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var experience = -1;
        var width = 0;
        foreach (var name in names.DenseValues())
        {
            var text = name.ToString();
            var dot = text.IndexOf("Hot.", StringComparison.Ordinal);
            var column = dot > 0 ? Array.IndexOf(Columns, text[..dot]) : -1;
            if (text == "Experience") experience = width;
            else if (column >= 0) slots[column][text[(dot + 4)..]] = width;
            width++;
        }
        return experience < 0 ? null : new CompiledModel(slots, experience, width, medianTrees, spreadTrees);
    }

    /// <summary>The one-hot slot of a categorical value, or −1 for a value the model never saw (all zeros, as ML.NET does).</summary>
    public int Slot(ProfileFeature feature, string code) => feature switch
    {
        ProfileFeature.Employer => _slots[1].GetValueOrDefault(code, -1),
        ProfileFeature.Size => _slots[2].GetValueOrDefault(code, -1),
        ProfileFeature.Region => _slots[3].GetValueOrDefault(code, -1),
        ProfileFeature.Specialty => _slots[4].GetValueOrDefault(code, -1),
        ProfileFeature.Contract => _slots[5].GetValueOrDefault(code, -1),
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "Experience is numeric."),
    };

    /// <summary>Writes a feature row into <paramref name="x"/> (length <see cref="Width"/>).</summary>
    public void Encode(PayFeatureRow row, Span<float> x)
    {
        x.Clear();
        string[] values = [row.Sector, row.Employer, row.Size, row.Region, row.Specialty, row.Contract];
        for (var c = 0; c < values.Length; c++)
            if (_slots[c].TryGetValue(values[c], out var slot)) x[slot] = 1f;
        x[ExperienceSlot] = row.Experience;
    }

    /// <summary>ln median and spread score of an encoded row (experience not NaN).</summary>
    public (double LogMedian, double Spread) Raw(ReadOnlySpan<float> x) => (_median.Evaluate(x), _spread.Evaluate(x));

    /// <summary>ln median and spread score of a feature row, or null when its experience is unknown.</summary>
    public (double LogMedian, double Spread)? Raw(PayFeatureRow row)
    {
        if (float.IsNaN(row.Experience)) return null;
        Span<float> x = stackalloc float[Width];
        Encode(row, x);
        return Raw(x);
    }
}
