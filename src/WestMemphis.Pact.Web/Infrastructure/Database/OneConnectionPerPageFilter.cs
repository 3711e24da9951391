using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

/// <summary>
/// A page (GET or HEAD) takes one pooled connection for the action and its view, view components included,
/// instead of EF opening and closing one for every query. Under load the connection pool's lock was where
/// rendered pages waited (docs/performance.md, issue 12); a page with five queries now takes it once.
/// Forms (POST) keep EF's default, so their transactions are not affected.
/// </summary>
public sealed class OneConnectionPerPageFilter : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            await next();
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            await next();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
