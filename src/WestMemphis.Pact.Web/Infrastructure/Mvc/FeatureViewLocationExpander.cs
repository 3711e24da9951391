using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

/// <summary>
/// Views live beside their controller: a controller in namespace <c>...Features.Events</c> finds
/// its views in <c>/Features/Events/</c>, then <c>/Features/Shared/</c>.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? "";
            var marker = ".Features.";
            var index = ns.IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0)
            {
                context.Values[FeatureKey] = ns[(index + marker.Length)..].Replace('.', '/');
            }
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null)
        {
            yield return $"/Features/{feature}/{{1}}/{{0}}.cshtml";
            yield return $"/Features/{feature}/{{0}}.cshtml";
        }

        yield return "/Features/Shared/{0}.cshtml";
        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }
}
