using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// The median model's trees read through ML.NET's public API (<see cref="LightGbmRegressionModelParameters.TrainedTreeEnsemble"/>:
/// split features, thresholds, children, leaf values), flattened into one node array and evaluated on a dense copy of the
/// one-hot features. It gives the prediction engine's ln median (checked by the tests) in a few microseconds, for the
/// explanations, which ask the model about some forty variants of a profile. Rows with an unknown experience (NaN) go to
/// the engine instead: the public API does not say where LightGBM sends missing values.
/// </summary>
internal sealed class CompiledMedian
{
    private static readonly string[] Columns = ["Sector", "Employer", "Size", "Region", "Specialty", "Contract"];

    private readonly Dictionary<string, int>[] _slots;
    private readonly Node[] _nodes;
    private readonly int[] _roots;
    private readonly double[] _leaves;
    private readonly double _bias;

    private CompiledMedian(Dictionary<string, int>[] slots, int experienceSlot, int width, Node[] nodes, int[] roots, double[] leaves, double bias)
    {
        _slots = slots;
        ExperienceSlot = experienceSlot;
        Width = width;
        _nodes = nodes;
        _roots = roots;
        _leaves = leaves;
        _bias = bias;
    }

    /// <summary>Length of the feature vector.</summary>
    public int Width { get; }

    public int ExperienceSlot { get; }

    /// <summary>The compiled median of a pay model chain, or null when the chain is not the expected one (then the engine is used).</summary>
    public static CompiledMedian? TryCompile(ITransformer chain, DataViewSchema inputSchema)
    {
        if (chain is not TransformerChain<ITransformer> steps) return null;
        var parts = steps.ToArray();
        if (parts.Length < 2 || parts[1] is not RegressionPredictionTransformer<LightGbmRegressionModelParameters> median) return null;
        var ensemble = median.Model.TrainedTreeEnsemble;
        if (ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(f => f))) return null;

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
        if (experience < 0) return null;

        // One node array for all trees: a child index ≥ 0 is a node of the same array, a negative one is ~(leaf index).
        var nodes = new List<Node>();
        var roots = new List<int>();
        var leaves = new List<double>();
        for (var k = 0; k < ensemble.Trees.Count; k++)
        {
            var tree = ensemble.Trees[k];
            var weight = ensemble.TreeWeights[k];
            int nodeBase = nodes.Count, leafBase = leaves.Count;
            int Child(int c) => c >= 0 ? nodeBase + c : ~(leafBase + ~c);
            for (var n = 0; n < tree.NumberOfNodes; n++)
                nodes.Add(new Node(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], Child(tree.LeftChild[n]), Child(tree.RightChild[n])));
            leaves.AddRange(tree.LeafValues.Select(v => weight * v));
            roots.Add(tree.NumberOfNodes == 0 ? ~leafBase : nodeBase);
        }
        return new CompiledMedian(slots, experience, width, [.. nodes], [.. roots], [.. leaves], ensemble.Bias);
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

    /// <summary>ln median of an encoded row (experience not NaN).</summary>
    public double LogMedian(ReadOnlySpan<float> x)
    {
        var nodes = _nodes;
        var sum = _bias;
        foreach (var root in _roots)
        {
            var n = root;
            while (n >= 0)
            {
                ref readonly var node = ref nodes[n];
                n = x[node.Feature] <= node.Threshold ? node.Left : node.Right;
            }
            sum += _leaves[~n];
        }
        return (float)sum;
    }

    /// <summary>ln median of a feature row, or null when its experience is unknown.</summary>
    public double? LogMedian(PayFeatureRow row)
    {
        if (float.IsNaN(row.Experience)) return null;
        Span<float> x = stackalloc float[Width];
        Encode(row, x);
        return LogMedian(x);
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
