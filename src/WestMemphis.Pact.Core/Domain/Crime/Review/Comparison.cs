using System.Globalization;

namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>
/// One line of the CompStat table: this period against the one before it. The percent change is undefined when the
/// previous count is 0 ("n/a"); the Poisson z-score 2(√current − √previous) says whether the change is more than
/// chance, and only |z| ≥ 3 is flagged.
/// </summary>
public sealed record Comparison(int Current, int Previous)
{
    public const double FlagThreshold = 3.0;

    public int Change => Current - Previous;

    /// <summary>Null when the previous count is 0.</summary>
    public double? PercentChange => Previous == 0 ? null : 100.0 * (Current - Previous) / Previous;

    public double Z => 2.0 * (Math.Sqrt(Current) - Math.Sqrt(Previous));

    public bool Flagged => Math.Abs(Z) >= FlagThreshold - 1e-12;

    public string PercentText => PercentChange is { } p ? p.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    public string ChangeText => Change.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    public string ZText => Z.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
