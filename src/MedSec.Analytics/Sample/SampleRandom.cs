namespace MedSec.Analytics.Sample;

/// <summary>
/// The generator's random source: <see cref="Random"/> with a seed (its legacy seeded algorithm, the same on every .NET
/// version and machine) and only exact IEEE arithmetic on top (no logarithm or exponential), so a seed gives the same file
/// everywhere.
/// </summary>
internal sealed class SampleRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public double NextDouble() => _random.NextDouble();

    /// <summary>A standard normal draw, approximated by the sum of 12 uniforms minus 6 (Irwin–Hall).</summary>
    public double Normal()
    {
        var sum = 0d;
        for (var i = 0; i < 12; i++) sum += _random.NextDouble();
        return sum - 6d;
    }

    /// <summary>A key drawn with probability proportional to its weight.</summary>
    public T Pick<T>(IReadOnlyList<(T Key, decimal Weight)> weights)
    {
        var total = 0d;
        foreach (var (_, w) in weights) total += (double)w;
        var u = _random.NextDouble() * total;
        var cumulative = 0d;
        foreach (var (key, w) in weights)
        {
            cumulative += (double)w;
            if (u < cumulative) return key;
        }
        return weights[^1].Key;
    }
}
