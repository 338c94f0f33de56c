using Microsoft.ML.Trainers.FastTree;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// One LightGBM ensemble read through ML.NET's public API (<see cref="RegressionTreeEnsemble"/>: split features,
/// thresholds, children, leaf values) and flattened into one node array, evaluated on a dense feature vector.
/// </summary>
internal sealed class FlatEnsemble
{
    private readonly Node[] _nodes;
    private readonly int[] _roots;
    private readonly double[] _leaves;
    private readonly double _bias;

    private FlatEnsemble(Node[] nodes, int[] roots, double[] leaves, double bias)
    {
        _nodes = nodes;
        _roots = roots;
        _leaves = leaves;
        _bias = bias;
    }

    /// <summary>The flattened ensemble, or null when a tree splits on categories (the walk reads numeric splits only).</summary>
    public static FlatEnsemble? TryFlatten(RegressionTreeEnsemble ensemble)
    {
        if (ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(f => f))) return null;
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
        return new FlatEnsemble([.. nodes], [.. roots], [.. leaves], ensemble.Bias);
    }

    /// <summary>The ensemble's score, as the prediction engine gives it (a float).</summary>
    public double Evaluate(ReadOnlySpan<float> x)
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

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
