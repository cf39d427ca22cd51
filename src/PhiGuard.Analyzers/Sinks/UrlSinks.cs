using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// Where PHI006 looks: where a URL leaves the process — requested (HttpClient, HttpRequestMessage, WebRequest,
    /// WebClient), redirected to, or written into a link — and the query strings made for it. A <c>Uri</c> or
    /// <c>UriBuilder</c> built to parse, resolve or compare stays in memory and is no sink; it carries what it was
    /// built from to the request or redirect that sends it.
    /// </summary>
    internal static class UrlSinks
    {
        private const SinkKind Url = SinkKind.Url;

        public static readonly SinkDefinition[] All =
        {
            SinkDefinition.Of(Url, "System.Net.Http.HttpClient", "Get*", "Post*", "Put*", "Patch*", "Delete*").Only("requestUri"),
            SinkDefinition.Of(Url, "System.Net.Http.HttpRequestMessage", ".ctor").Only("requestUri"),
            SinkDefinition.Of(Url, "System.Net.Http.HttpRequestMessage", "set_RequestUri"),
            SinkDefinition.Of(Url, "System.Net.Http.Json.HttpClientJsonExtensions", "*").Only("requestUri"),
            SinkDefinition.Of(Url, "System.Net.WebRequest", "Create", "CreateDefault", "CreateHttp").Only("requestUri", "requestUriString"),
            SinkDefinition.Of(Url, "System.Net.WebClient", "Download*", "Upload*", "Open*").Only("address"),
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
    }
}
