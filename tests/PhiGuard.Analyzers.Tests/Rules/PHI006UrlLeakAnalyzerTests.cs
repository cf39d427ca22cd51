using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI006UrlLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PHI006UrlLeakAnalyzerTests
    {
        private static Task Verify(string body, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(Wrap(body), Policies.Clinic, TestReferences.AspNetCore, expected);

        /// <summary>Minimal API endpoints: the members of a static class that maps them.</summary>
        private static Task VerifyEndpoints(string body, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(
                """
                using Microsoft.AspNetCore.Builder;
                using Clinic;

                public static class Endpoints
                {

                """ + body + """

                }
                """ + Policies.Model,
                Policies.Clinic,
                TestReferences.AspNetCore,
                expected);

        private static string Wrap(string body) => """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;
            using Clinic;

            public class PatientsController : Controller
            {

            """ + body + """

            }
            """ + Policies.Model;

        [Fact]
        public Task Request_uri_built_from_a_protected_value_is_reported_once() => Verify(
            """
            public async Task Run(HttpClient client, Patient patient)
            {
                await client.GetAsync($"https://records.example/api/patients?ssn={patient.Ssn}");
            }
            """,
            VerifyCS.Diagnostic("PHI006")
                .WithSpan(13, 27, 13, 84)
                .WithArguments("Patient.Ssn", "name \"*ssn*\" (phiguard.json:8)", "is placed in a URL by HttpClient.GetAsync"));

        [Fact]
        public Task Request_uri_with_an_id_is_clean() => Verify("""
            public async Task Run(HttpClient client, Patient patient)
            {
                await client.GetAsync($"https://records.example/api/patients/{patient.Id}");
                await client.PostAsync("https://records.example/api/patients/search", new StringContent(patient.Ssn));
            }
            """);

        [Fact]
        public Task Uri_and_UriBuilder_carry_the_protected_value_to_the_request_that_sends_them() => Verify("""
            public async Task Run(HttpClient client, Patient patient)
            {
                var uri = new Uri("https://records.example/find?name=" + patient.Name);
                await client.GetAsync({|PHI006:uri|});
                var builder = new UriBuilder("https://records.example/find");
                builder.Query = "ssn=" + Uri.EscapeDataString(patient.Ssn);
                await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|PHI006:builder.Uri|}));
                await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|PHI006:$"https://records.example/find?dob={patient.DateOfBirth:yyyy-MM-dd}"|}));
                var request = new HttpRequestMessage();
                request.RequestUri = {|PHI006:new Uri(new Uri("https://records.example/"), "patients/" + patient.Ssn)|};
            }
            """);

        [Fact]
        public Task Uri_that_stays_in_memory_to_parse_resolve_or_compare_is_clean() => Verify("""
            public bool Run(Patient patient, Uri home)
            {
                var reference = new Uri(patient.Ssn, UriKind.RelativeOrAbsolute);
                var resolved = reference.IsAbsoluteUri ? reference : new Uri(home, reference);
                var builder = new UriBuilder(resolved) { Fragment = patient.Name };
                return Uri.Compare(resolved, builder.Uri, UriComponents.Path, UriFormat.Unescaped, StringComparison.Ordinal) == 0
                    && resolved.Segments.Length > 1
                    && resolved == home;
            }
            """);

        [Fact]
        public Task Uri_request_by_id_is_clean() => Verify("""
            public async Task Run(HttpClient client, Patient patient)
            {
                var uri = new Uri($"https://records.example/api/patients/{patient.Id}");
                await client.GetAsync(uri);
                await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new UriBuilder(uri) { Query = "v=2" }.Uri));
            }
            """);

        [Fact]
        public Task Uri_of_a_sanitized_value_is_clean() => Verify("""
            public async Task Run(HttpClient client, Patient patient)
            {
                var uri = new Uri("https://records.example/find?ssn=" + Phi.Mask(patient.Ssn));
                await client.GetAsync(uri);
            }
            """);

        [Fact]
        public Task WebRequest_and_WebClient_requests_are_reported() => Verify("""
            #pragma warning disable SYSLIB0014
            public void Run(Patient patient)
            {
                var uri = new Uri("https://records.example/find?name=" + patient.Name);
                System.Net.WebRequest.Create({|PHI006:uri|});
                new System.Net.WebClient().DownloadString({|PHI006:"https://records.example/find?ssn=" + patient.Ssn|});
                System.Net.WebRequest.Create("https://records.example/find?id=" + patient.Id);
            }
            """);

        [Fact]
        public Task Redirect_to_a_uri_built_from_a_protected_value_is_reported() => Verify("""
            public IActionResult Run(Patient patient)
            {
                var target = new Uri("https://portal.example/patients?name=" + patient.Name);
                return Redirect({|PHI006:target.ToString()|});
            }
            """);

        [Fact]
        public Task Query_helpers_are_reported() => Verify("""
            public string Run(Patient patient)
            {
                var url = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/patients", "name", {|PHI006:patient.Name|});
                return url + QueryString.Create("ssn", {|PHI006:patient.Ssn|});
            }
            """);

        [Fact]
        public Task Sanitized_query_value_is_clean() => Verify("""
            public string Run(Patient patient) =>
                Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/patients", "ssn", Phi.Mask(patient.Ssn));
            """);

        [Fact]
        public Task Redirects_carrying_protected_values_are_reported() => Verify("""
            public IActionResult Run(Patient patient)
            {
                Response.Redirect({|PHI006:"/lookup?ssn=" + patient.Ssn|});
                if (patient.Id > 10)
                {
                    return LocalRedirect({|PHI006:$"/patients/{patient.Name}"|});
                }

                return Redirect({|PHI006:"/patients?dob=" + patient.DateOfBirth.ToString("d")|});
            }

            public IResult Minimal(Patient patient) => Results.Redirect({|PHI006:$"/patients?name={patient.Name}"|});
            """);

        [Fact]
        public Task Redirects_by_id_are_clean() => Verify("""
            public IActionResult Run(Patient patient)
            {
                Response.Redirect("/patients/" + patient.Id);
                return RedirectToAction("Details", new { id = patient.Id });
            }

            public IResult Minimal(Patient patient) => Results.LocalRedirect($"/patients/{patient.Id}");
            """);

        [Fact]
        public Task Route_values_that_become_links_are_reported() => Verify("""
            public IActionResult Run(Patient patient, LinkGenerator links)
            {
                var details = Url.Action("Details", "Patients", {|PHI006:new { name = patient.Name }|});
                var path = links.GetPathByAction("Details", "Patients", {|PHI006:new { ssn = patient.Ssn }|});
                return RedirectToAction("Details", {|PHI006:new { dob = patient.DateOfBirth }|});
            }
            """);

        [Fact]
        public Task Whole_protected_object_as_route_values_is_reported() => Verify("""
            public IActionResult Run(Patient patient) => RedirectToAction("Details", {|PHI006:patient|});
            """);

        [Fact]
        public Task Links_by_id_are_clean() => Verify("""
            public string? Run(Patient patient, LinkGenerator links) =>
                Url.Action("Details", "Patients", new { id = patient.Id }) + links.GetPathByAction("Details", "Patients", new { id = patient.Id });
            """);

        [Fact]
        public Task Minimal_api_route_with_a_protected_parameter_is_reported_at_the_template() => VerifyEndpoints(
            """
            public static void Map(WebApplication app)
            {
                app.MapGet("/patients/by-ssn/{ssn}", (string ssn) => ssn.Length);
                app.MapGet({|PHI006:"/patients/{who}"|}, (Patient who) => who.Id);
                app.MapGroup({|PHI006:"/referrals/{patientSsn:length(9)}"|});
                app.MapDelete({|PHI006:"/files/{**ssnScan}"|}, Remove);
            }

            private static int Remove(string ssnScan) => ssnScan.Length;
            """,
            VerifyCS.Diagnostic("PHI006")
                .WithSpan(8, 16, 8, 40)
                .WithArguments("ssn", "name \"*ssn*\" (phiguard.json:8)", "is placed in a URL by the route template of IEndpointRouteBuilder.MapGet"));

        [Fact]
        public Task Minimal_api_routes_by_id_and_bodies_are_clean() => VerifyEndpoints("""
            public static void Map(WebApplication app)
            {
                app.MapGet("/patients/{id:int}", (int id) => id);
                app.MapPost("/patients/search", (Patient patient) => patient.Id);
                app.MapGroup("/patients/{id?}");
                app.MapGet("/literal/{{ssn}}", () => 0);
            }
            """);

        [Fact]
        public Task Controller_route_with_a_protected_parameter_is_reported_at_the_template() => Verify("""
            [HttpGet({|PHI006:"by-ssn/{ssn}"|})]
            public IActionResult BySsn(string ssn) => Ok();

            [Route({|PHI006:"by-name/{name}"|})]
            public IActionResult ByName(Patient name) => Ok();
            """);

        [Fact]
        public Task Route_attribute_of_your_own_that_takes_several_templates_is_read_without_failing() => Verify("""
            [Routes("by-ssn/{ssn}", "by-id/{id}")]
            public IActionResult Find(string ssn, int id) => Ok();

            [AttributeUsage(AttributeTargets.Method)]
            private sealed class RoutesAttribute : Attribute, Microsoft.AspNetCore.Mvc.Routing.IRouteTemplateProvider
            {
                public RoutesAttribute(params string[] templates) => Templates = templates;

                public string[] Templates { get; }

                public string? Template => null;

                public int? Order => null;

                public string? Name => null;
            }
            """);

        [Fact]
        public Task Controller_routes_by_id_are_clean() => Verify("""
            [HttpGet("{id}")]
            public IActionResult Get(int id) => Ok();

            [HttpPost("search")]
            public IActionResult Search([FromBody] Patient patient) => Ok();
            """);
    }
}
