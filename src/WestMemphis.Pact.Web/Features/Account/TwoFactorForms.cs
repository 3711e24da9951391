using FluentValidation;

namespace WestMemphis.Pact.Web.Features.Account;

public sealed class TwoFactorCodeForm
{
    public string? Code { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorCodeFormValidator : AbstractValidator<TwoFactorCodeForm>
{
    public TwoFactorCodeFormValidator() => RuleFor(f => f.Code)
        .NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.")
        .Must(c => c is null || Normalize(c).Length == 6 && Normalize(c).All(char.IsAsciiDigit))
        .WithMessage("The code is 6 digits, like 123456.");

    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}

public sealed class RecoveryCodeForm
{
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator() => RuleFor(f => f.RecoveryCode)
        .NotEmpty().WithMessage("Enter one of your recovery codes.")
        .MaximumLength(50).WithMessage("Recovery codes are short, like ABCDE-12345.");
}

public sealed record TwoFactorSetupViewModel(
    bool Enabled, bool Required, bool IsStaff, int RecoveryCodesLeft, string? SharedKey, string? QrCodeDataUri, TwoFactorCodeForm Form);
