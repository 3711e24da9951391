using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.UnitTests;

public sealed class ProblemOffenseCodeNormalisingTests
{
    [Fact]
    public void Codes_are_trimmed_upper_cased_kept_once_and_sorted()
    {
        Assert.Equal(["220", "23F", "90Z"], ProblemOffenseCodes.Normalize([" 23f ", "220", "23F", "90z", "220"]));
    }

    [Fact]
    public void Blank_and_missing_codes_are_dropped() =>
        Assert.Equal(["13A"], ProblemOffenseCodes.Normalize([null, "", "   ", "13a"]));

    [Fact]
    public void Applying_codes_keeps_the_rows_that_stay_removes_the_unticked_and_adds_the_new()
    {
        var kept = new ProblemOffenseCode { ProblemId = 4, NibrsCode = "23F" };
        var problem = new Problem { Id = 4, Title = "t", OwnerId = "o", OffenseCodes = [kept, new ProblemOffenseCode { ProblemId = 4, NibrsCode = "13B" }] };
        ProblemOffenseCodes.Apply(problem, ["220", "23f "]);
        Assert.Equal(["220", "23F"], problem.OffenseCodes.Select(c => c.NibrsCode).Order(StringComparer.Ordinal));
        Assert.Contains(kept, problem.OffenseCodes);
    }
}
