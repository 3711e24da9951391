using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

public sealed class HoursLetterCodeTests
{
    [Fact]
    public void A_new_code_has_twelve_characters_none_of_them_0_O_1_or_I_and_prints_in_groups_of_four()
    {
        var code = HoursLetterCode.New();
        Assert.Equal(HoursLetterCode.Length, code.Length);
        Assert.All(code, c => Assert.Contains(c, HoursLetterCode.Alphabet));
        Assert.DoesNotContain(HoursLetterCode.Alphabet, c => c is '0' or 'O' or '1' or 'I');
        Assert.Matches("^PACT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", HoursLetterCode.Format(code));
    }

    [Fact]
    public void Codes_carry_at_least_50_bits_and_do_not_repeat()
    {
        Assert.Equal(32, HoursLetterCode.Alphabet.Distinct().Count());
        Assert.True(HoursLetterCode.Length * Math.Log2(HoursLetterCode.Alphabet.Length) >= 50);
        var codes = Enumerable.Range(0, 10_000).Select(_ => HoursLetterCode.New()).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        // Every character turns up in every position: nothing about the code's shape gives a guesser a head start.
        for (var position = 0; position < HoursLetterCode.Length; position++)
        {
            Assert.Equal(32, codes.Select(c => c[position]).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("PACT-7KQ4-M2XD-9HTR")]
    [InlineData("pact-7kq4-m2xd-9htr")]
    [InlineData("  PACT 7KQ4 M2XD 9HTR ")]
    [InlineData("7KQ4-M2XD-9HTR")]
    [InlineData("7kq4m2xd9htr")]
    [InlineData("PACT–7KQ4–M2XD–9HTR")]
    [InlineData("PACT7KQ4M2XD9HTR")]
    public void A_typed_code_is_read_whatever_its_case_spaces_dashes_or_prefix(string typed) =>
        Assert.Equal("7KQ4M2XD9HTR", HoursLetterCode.Normalize(typed));

    [Fact]
    public void A_code_whose_body_starts_with_PACT_is_not_mistaken_for_its_prefix() =>
        Assert.Equal("PACTM2XD9HTR", HoursLetterCode.Normalize("PACT-PACT-M2XD-9HTR"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("PACT-7KQ4-M2XD-9HT")]
    [InlineData("PACT-7KQ4-M2XD-9HTRR")]
    [InlineData("PACT-7KQ4-M2XD-9HT0")]
    [InlineData("PACT-7KQ4-M2XD-9HTO")]
    [InlineData("PACT-7KQ4-M2XD-9HT1")]
    [InlineData("PACT-7KQ4-M2XD-9HTI")]
    [InlineData("PR-7K3M9Q2X")]
    [InlineData("' OR 1=1--")]
    [InlineData("PACT-7KQ4-M2XD-9HT\u202E")]
    [InlineData("PACT-7KQ4-M2XD-9HTR-PACT-7KQ4-M2XD-9HTR-PACT")]
    public void Anything_else_is_not_a_code(string? typed) => Assert.Null(HoursLetterCode.Normalize(typed));

    [Fact]
    public void A_letter_adds_its_hours_counts_its_shifts_and_spans_its_first_and_last_shift()
    {
        var march = new DateTime(2026, 3, 7, 15, 0, 0, DateTimeKind.Utc);
        var june = new DateTime(2026, 6, 30, 14, 0, 0, DateTimeKind.Utc);
        var (total, count, first, last) = HoursLetter.Summarize([
            new HoursLetterShift { EventTitle = "a", Role = "r", StartUtc = june, EndUtc = june.AddHours(3), Hours = 2.75 },
            new HoursLetterShift { EventTitle = "b", Role = "r", StartUtc = march, EndUtc = march.AddHours(2), Hours = 0.1 },
            new HoursLetterShift { EventTitle = "c", Role = "r", StartUtc = march, EndUtc = march.AddHours(2), Hours = 0.2 },
        ]);
        Assert.Equal(3.05, total);
        Assert.Equal(3, count);
        Assert.Equal(march, first);
        Assert.Equal(june, last);
        Assert.Throws<ArgumentException>(() => HoursLetter.Summarize([]));
    }
}
