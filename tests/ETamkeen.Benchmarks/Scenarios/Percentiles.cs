using System.Globalization;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>Nearest-rank percentiles: with 20 samples p95 is the 19th, not an interpolation between two.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> samples)
    {
        _sorted = [.. samples.Order()];
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }
    }

    public double Median => At(50);
    public double P95 => At(95);
    public double Min => _sorted[0];
    public double Max => _sorted[^1];

    public double At(double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"median {Median,7:0.0} ms  p95 {P95,7:0.0} ms  min {Min,7:0.0} ms  max {Max,7:0.0} ms");
}
