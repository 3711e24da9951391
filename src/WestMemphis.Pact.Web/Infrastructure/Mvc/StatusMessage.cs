using Microsoft.AspNetCore.Mvc;

namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

/// <summary>A one-time message shown after a redirect (Post/Redirect/Get), announced by screen readers.</summary>
public static class StatusMessage
{
    public const string Key = "StatusMessage";

    public static void SetStatus(this Controller controller, string message) => controller.TempData[Key] = message;
}
