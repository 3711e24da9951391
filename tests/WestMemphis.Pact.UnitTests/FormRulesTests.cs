using FluentValidation;
using WestMemphis.Pact.Forms;

namespace WestMemphis.Pact.UnitTests;

public sealed class FormRulesTests
{
    [Theory]
    [InlineData("Pat O'Neil", true)]
    [InlineData("José 🌼 García", true)]
    [InlineData("line\nbreak", false)]
    [InlineData("nul\0char", false)]
    [InlineData("evil\u202Eright-to-left", false)]
    public void Plain_text_refuses_control_and_bidi_override_characters(string value, bool expected) =>
        Assert.Equal(expected, FormRules.IsPlainText(value));

    [Fact]
    public void Multiline_text_allows_line_breaks_but_not_nul() =>
        Assert.True(FormRules.IsPlainMultilineText("one\r\ntwo\tthree") && !FormRules.IsPlainMultilineText("a\0b"));

    [Theory]
    [InlineData("pat@example.com", true)]
    [InlineData("o'neil+events@mail.example.org", true)]
    [InlineData("a..b@example.com", false)]
    [InlineData("<pat@example.com>", false)]
    [InlineData("Pat <pat@example.com>", false)]
    [InlineData("pat@example.com,", false)]
    [InlineData("pat(comment)@example.com", false)]
    [InlineData("pat@@example.com", false)]
    [InlineData("pat@example", false)]
    [InlineData("pat@.example.com", false)]
    [InlineData("pat @example.com", false)]
    public void Email_addresses_are_checked_with_the_mail_library_parser(string value, bool valid)
    {
        var validator = new InlineValidator<EmailHolder>();
        validator.RuleFor(h => h.Email).EmailRules();
        Assert.Equal(valid, validator.Validate(new EmailHolder(value)).IsValid);
    }

    public sealed record EmailHolder(string? Email);
}
