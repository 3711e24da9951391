using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Forms;

namespace WestMemphis.Pact.UnitTests;

/// <summary>The rules the public concern form and staff's meeting-concern form share (<see cref="ConcernFieldRules"/>).</summary>
public sealed class ConcernFieldsTests
{
    private sealed record Fields(ConcernCategory? Category = ConcernCategory.Noise, string? Location = "100 N Missouri St",
        string? Description = "Loud music every night", string? WhenItHappens = null, string? Name = null, string? Email = null,
        string? Phone = null) : IConcernFields;

    private static readonly InlineValidator<Fields> Public = Validator("Say what is happening.", "Your name");
    private static readonly InlineValidator<Fields> Staff = Validator("Say what was raised.", "The name");

    private static InlineValidator<Fields> Validator(string missingDescription, string nameLabel)
    {
        var validator = new InlineValidator<Fields>();
        validator.AddConcernFieldRules(missingDescription, nameLabel);
        return validator;
    }

    private static string[] Errors(InlineValidator<Fields> validator, Fields fields) =>
        validator.Validate(fields).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToArray();

    [Fact]
    public void A_concern_with_a_category_a_place_and_a_description_is_enough() =>
        Assert.Empty(Errors(Public, new Fields()));

    [Fact]
    public void Category_place_and_description_are_required()
    {
        var errors = Errors(Public, new Fields(Category: null, Location: " ", Description: ""));
        Assert.Contains("Category: Choose what the concern is about.", errors);
        Assert.Contains("Location: Say where: a street address or the nearest intersection.", errors);
        Assert.Contains("Description: Say what is happening.", errors);
    }

    [Fact]
    public void Only_the_words_differ_between_the_forms()
    {
        var bad = new Fields(Description: "", Name: new string('n', FieldLengths.Concern.ReporterName + 1));
        Assert.Equal(["Description: Say what is happening.", $"Name: Your name is at most {FieldLengths.Concern.ReporterName} characters."], Errors(Public, bad));
        Assert.Equal(["Description: Say what was raised.", $"Name: The name is at most {FieldLengths.Concern.ReporterName} characters."], Errors(Staff, bad));
    }

    [Fact]
    public void A_category_not_in_the_list_is_refused() =>
        Assert.Contains("Category: Choose what the concern is about from the list.", Errors(Staff, new Fields(Category: (ConcernCategory)99)));

    [Theory]
    [InlineData("Location", "The place is at most")]
    [InlineData("Description", "The description is at most")]
    [InlineData("WhenItHappens", "“When” is at most")]
    [InlineData("Email", "Email addresses are at most")]
    public void Each_field_is_held_to_its_column_length(string field, string message)
    {
        var fields = field switch
        {
            "Location" => new Fields(Location: new string('a', FieldLengths.Concern.Location + 1)),
            "Description" => new Fields(Description: new string('a', FieldLengths.Concern.Description + 1)),
            "WhenItHappens" => new Fields(WhenItHappens: new string('a', FieldLengths.Concern.WhenItHappens + 1)),
            _ => new Fields(Email: new string('a', FieldLengths.Concern.ReporterEmail) + "@example.com"),
        };
        Assert.Contains(Errors(Public, fields), e => e.StartsWith($"{field}: {message}", StringComparison.Ordinal));
    }

    [Fact]
    public void Contact_is_optional_but_checked_when_given()
    {
        Assert.Empty(Errors(Public, new Fields(Email: " ", Phone: "")));
        Assert.Equal(["Email: Enter an email address like name@example.com, or leave it empty."], Errors(Public, new Fields(Email: "pat@example")));
        Assert.Equal(["Phone: Enter a phone number like 870-555-0100."], Errors(Public, new Fields(Phone: "call me")));
    }

    [Fact]
    public void Control_characters_are_refused_and_line_breaks_only_in_the_description()
    {
        Assert.Empty(Errors(Public, new Fields(Description: "First line\nsecond line")));
        Assert.Equal(["Location: The place contains characters that cannot be used."], Errors(Public, new Fields(Location: "Main\nSt")));
        Assert.Equal(["Name: The name contains characters that cannot be used."], Errors(Staff, new Fields(Name: "Pat\u202E")));
    }
}
