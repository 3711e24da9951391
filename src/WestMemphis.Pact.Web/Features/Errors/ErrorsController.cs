using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace WestMemphis.Pact.Web.Features.Errors;

/// <summary>Friendly error pages. Never a stack trace outside Development.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // re-executed for failed POSTs too; it changes nothing
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error")]
    public IActionResult Error() =>
        HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null ? ErrorPage(404) : ErrorPage(500);

    [Route("/error/{code:int}")]
    public IActionResult Status()
    {
        // Read from the route, not by model binding: a re-executed POST whose body could not be read
        // (NUL bytes, an oversized field) must still get its error page.
        var code = int.TryParse(RouteData.Values["code"] as string, out var c) ? c : 404;
        return ErrorPage(code is >= 400 and <= 599 ? code : 404);
    }

    /// <summary>Any address no other endpoint answers: a friendly 404 for everyone, not a log-in prompt.</summary>
    public IActionResult NotFoundFallback() => ErrorPage(404);

    private ViewResult ErrorPage(int code)
    {
        var status = code;
        Response.StatusCode = status;
        var model = new ErrorViewModel(status, Activity.Current?.Id ?? HttpContext.TraceIdentifier);
        return View(status == 404 ? "NotFound" : "Error", model);
    }
}

public sealed record ErrorViewModel(int StatusCode, string RequestId)
{
    public string Title => StatusCode switch
    {
        400 => "That request could not be understood",
        403 => "You do not have access to this page",
        404 => "Page not found",
        405 => "That action is not allowed here",
        429 => "Too many requests",
        _ => "Something went wrong",
    };

    public string Explanation => StatusCode switch
    {
        400 => "The form may have expired. Go back, reload the page and try again.",
        403 => "If you think you should, ask the unit's administrator.",
        405 => "Go back and use the page's buttons.",
        429 => "Please wait a minute and try again.",
        _ => "We have been told about it. Please try again in a few minutes.",
    };
}
