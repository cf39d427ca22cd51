using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>Where PHI006 looks: request URIs, query strings, redirects, and route values that become links.</summary>
    internal static class UrlSinks
    {
        private const SinkKind Url = SinkKind.Url;

        public static readonly SinkDefinition[] All =
        {
            SinkDefinition.Of(Url, "System.Uri", ".ctor").Only("uriString", "relativeUri"),
            SinkDefinition.Of(Url, "System.UriBuilder", ".ctor").Only("uri", "path*", "extraValue"),
            SinkDefinition.Of(Url, "System.UriBuilder", "set_Query", "set_Path", "set_Fragment", "set_UserName", "set_Password"),
            SinkDefinition.Of(Url, "System.Net.Http.HttpClient", "Get*", "Post*", "Put*", "Patch*", "Delete*").Only("requestUri").When(TakesUriAsText),
            SinkDefinition.Of(Url, "System.Net.Http.HttpRequestMessage", ".ctor").Only("requestUri").When(TakesUriAsText),
            SinkDefinition.Of(Url, "System.Net.Http.Json.HttpClientJsonExtensions", "*").Only("requestUri").When(TakesUriAsText),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.WebUtilities.QueryHelpers", "AddQueryString").Only("name", "value", "queryString"),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Http.QueryString", "Create", "Add").Only("name", "value", "parameters"),

            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Http.HttpResponse", "Redirect").Derived().Only("location"),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Http.Results", "Redirect", "LocalRedirect").Only("url", "localUrl"),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Http.TypedResults", "Redirect", "LocalRedirect").Only("url", "localUrl"),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Http.Results", "RedirectToRoute").Only("routeValues", "fragment").Structured(),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Http.TypedResults", "RedirectToRoute").Only("routeValues", "fragment").Structured(),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Mvc.ControllerBase", "Redirect*", "LocalRedirect*").Derived().Only("url", "localUrl", "fragment"),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Mvc.ControllerBase", "RedirectTo*").Derived().Only("routeValues").Structured(),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Mvc.RazorPages.PageModel", "Redirect*", "LocalRedirect*").Derived().Only("url", "localUrl", "fragment"),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Mvc.RazorPages.PageModel", "RedirectTo*").Derived().Only("routeValues").Structured(),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Mvc.RedirectResult", ".ctor").Derived().Only("url"),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Mvc.LocalRedirectResult", ".ctor").Only("localUrl"),
            SinkDefinition.Of(Url, "System.Web.HttpResponse", "Redirect", "RedirectPermanent").Only("url"),
            SinkDefinition.Of(Url, "System.Web.HttpResponse", "RedirectToRoute*").Only("routeValues").Structured(),

            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Mvc.UrlHelperExtensions", "Action", "ActionLink", "Page", "PageLink", "RouteUrl").Only("values", "fragment").Structured(),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Routing.ControllerLinkGeneratorExtensions", "Get*").Only("values", "fragment").Structured(),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Routing.PageLinkGeneratorExtensions", "Get*").Only("values", "fragment").Structured(),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Routing.LinkGeneratorEndpointNameAddressExtensions", "Get*").Only("values", "fragment").Structured(),
            SinkDefinition.Of(Url, "Microsoft.AspNetCore.Routing.LinkGeneratorRouteValuesAddressExtensions", "Get*").Only("values", "fragment").Structured(),
        };

        /// <summary>
        /// A request URI given as text. A <c>Uri</c> argument was built by <c>new Uri</c> or <c>UriBuilder</c>, which
        /// are sinks themselves, so the leak is reported once, where the URL is made.
        /// </summary>
        private static bool TakesUriAsText(SinkCall call) =>
            call.Arguments.Any(argument => argument.Parameter?.Name == "requestUri" && argument.Parameter.Type.SpecialType == SpecialType.System_String);
    }
}
