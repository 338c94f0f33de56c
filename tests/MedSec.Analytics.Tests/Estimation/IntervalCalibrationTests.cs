using MedSec.Analytics.Estimation.Model;

namespace MedSec.Analytics.Tests.Estimation;

public sealed class IntervalCalibrationTests
{
    private static IntervalCalibration Calibration(int privateRows) => new(
        IntervalCalibration.Grid,
        new Dictionary<string, double[]>
        {
            ["all"] = [.. IntervalCalibration.Grid.Select(p => p - 0.5)],
            ["private"] = [.. IntervalCalibration.Grid.Select(p => 2 * (p - 0.5))],
        },
        new Dictionary<string, int> { ["all"] = 1000, ["private"] = privateRows },
        MinimumSpread: 0.02);

    [Fact]
    public void ScaleWidensAsTheCellEmpties()
    {
        var c = Calibration(500);
        Assert.True(c.Scale(0.1, 0) > c.Scale(0.1, 1));
        Assert.True(c.Scale(0.1, 1) > c.Scale(0.1, 10));
        Assert.True(c.Scale(0.1, 10) > c.Scale(0.1, 1000));
        Assert.Equal(0.1 * Math.Sqrt(2), c.Scale(0.1, 1), 12);
    }

    [Fact]
    public void ScaleNeverGoesBelowTheMinimumSpread()
    {
        var c = Calibration(500);
        Assert.Equal(c.Scale(0.02, 100), c.Scale(-0.5, 100));
        Assert.Equal(c.Scale(0.02, 100), c.Scale(0.001, 100));
    }

    [Fact]
    public void QuantilesComeFromTheSectorOrFromAllSectorsWhenItHasTooFewRows()
    {
        Assert.Equal(2 * (0.9 - 0.5), Calibration(500).Quantile("private", 0.9), 12);
        Assert.Equal(0.9 - 0.5, Calibration(IntervalCalibration.MinimumRowsPerSector - 1).Quantile("private", 0.9), 12);
        Assert.Equal(0.9 - 0.5, Calibration(500).Quantile("remote", 0.9), 12);
    }

    [Fact]
    public void QuantilesInterpolateBetweenGridPointsAndStopAtItsEnds()
    {
        var c = Calibration(500);
        Assert.Equal(2 * (0.105 - 0.5), c.Quantile("private", 0.105), 12);
        Assert.Equal(2 * (0.01 - 0.5), c.Quantile("private", 0.001), 12);
        Assert.Equal(2 * (0.99 - 0.5), c.Quantile("private", 0.999), 12);
    }
}
