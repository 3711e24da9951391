using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

public static class ValidationExtensions
{
    /// <summary>
    /// Copies FluentValidation errors into ModelState so the view shows them by their fields. False as well when the
    /// form was already refused as a whole before the action ran (a form-level error, such as a spent
    /// <see cref="Security.FormBudgetAttribute"/> budget): the action then shows the form again and saves nothing.
    /// </summary>
    public static bool AddTo(this ValidationResult result, ModelStateDictionary modelState, string prefix = "")
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }

        return result.IsValid && !(modelState.TryGetValue(string.Empty, out var formLevel) && formLevel.Errors.Count > 0);
    }
}
