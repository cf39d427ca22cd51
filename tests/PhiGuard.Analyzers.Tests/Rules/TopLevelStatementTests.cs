using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Rules
{
    /// <summary>
    /// Every leak rule in a console program's top-level statements, as minimal APIs start: the statements themselves,
    /// lambdas among them and local functions declared there, called or not. A parameter the policy protects (here by
    /// its attribute) is followed into the sinks of a local function like a method's.
    /// </summary>
    public class TopLevelStatementTests
    {
        private static readonly string Policy = Policies.Clinic.Replace(
            """{ "name": "*ssn*" },""",
            """{ "name": "*ssn*" }, { "attribute": "Clinic.PatientDataAttribute" },""");

        private const string Usings = """
            using System;
            using System.Diagnostics;
            using System.IO;
            using System.Text.Json;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Logging.Abstractions;
            using Clinic;

            ILogger logger = NullLogger.Instance;
            var patient = new Patient { Id = 7, Name = "Ana", Ssn = "123-45-6789" };

            """;

        private const string Attribute = """

            namespace Clinic
            {
                [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
                public sealed class PatientDataAttribute : Attribute
                {
                }
            }
            """;

        private static async Task Verify<TAnalyzer>(string statements)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = AnalyzerVerifier<TAnalyzer>.CreateTest(Usings + statements + Attribute + Policies.Model, Policy, TestReferences.Logging);
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            await test.RunAsync();
        }

        private const string MinimalApi = """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            using Clinic;

            var app = WebApplication.Create(args);

            """;

        private static async Task VerifyMinimalApi<TAnalyzer>(string statements)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = AnalyzerVerifier<TAnalyzer>.CreateTest(MinimalApi + statements + Attribute + Policies.Model, Policy, TestReferences.AspNetCore);
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            await test.RunAsync();
        }

        [Fact]
        public Task PHI001_minimal_api_handlers_declared_as_local_functions_are_analysed() => VerifyMinimalApi<PHI001LogLeakAnalyzer>("""
            app.MapPost("/audit", Audit);
            app.MapPost("/count", Count);
            app.Run();

            IResult Audit([PatientData] string value, ILogger<Program> logger)
            {
                logger.LogInformation("Audit {Value}", {|PHI001:value|});
                return Results.Ok();
            }

            IResult Count([PatientData] string value, ILogger<Program> logger)
            {
                logger.LogInformation("Audit of {Length} characters", value.Length);
                return Results.Ok();
            }
            """);

        [Fact]
        public Task PHI006_minimal_api_route_templates_among_top_level_statements_are_checked() => VerifyMinimalApi<PHI006UrlLeakAnalyzer>("""
            app.MapGet({|PHI006:"/patients/{who}"|}, (Patient who) => who.Id);
            app.MapGet("/patients/{id:int}", (int id) => id);
            app.Run();
            """);

        [Fact]
        public Task PHI001_logs_in_top_level_statements_lambdas_and_local_functions_are_reported() => Verify<PHI001LogLeakAnalyzer>("""
            logger.LogInformation("Seen {Name}", {|PHI001:patient.Name|});
            Action<string> lookUp = ssn => logger.LogWarning("Looked up {Ssn}", {|PHI001:ssn|});
            Audit(patient.Name);

            void Audit([PatientData] string value) => logger.LogInformation("Audit {Value}", {|PHI001:value|});
            void Trace([PatientData] string value) => Console.WriteLine({|PHI001:value|});
            """);

        [Fact]
        public Task PHI001_logs_of_unprotected_values_in_top_level_statements_are_clean() => Verify<PHI001LogLeakAnalyzer>("""
            logger.LogInformation("Seen {Id}", patient.Id);
            Action<string> lookUp = code => logger.LogWarning("Looked up {Code}", code);
            Audit(patient.Name);

            void Audit([PatientData] string value) => logger.LogInformation("Audit {Length}", value.Length);
            void Trace(string value) => Console.WriteLine(value);
            """);

        [Fact]
        public Task PHI002_serialization_in_top_level_statements_and_local_functions_is_reported() => Verify<PHI002SerializationLeakAnalyzer>("""
            Console.WriteLine(JsonSerializer.Serialize({|PHI002:patient.Ssn|}));

            string Export([PatientData] string value) => JsonSerializer.Serialize({|PHI002:value|});
            """);

        [Fact]
        public Task PHI002_serialization_of_unprotected_values_in_top_level_statements_is_clean() => Verify<PHI002SerializationLeakAnalyzer>("""
            Console.WriteLine(JsonSerializer.Serialize(patient.Id));

            string Export([PatientData] string value) => JsonSerializer.Serialize(value.Length);
            """);

        [Fact]
        public Task PHI003_storage_in_top_level_statements_and_local_functions_is_reported() => Verify<PHI003UnencryptedStorageAnalyzer>("""
            File.WriteAllText("patient.txt", {|PHI003:patient.Name|});

            void Save([PatientData] string value) => File.AppendAllText("audit.txt", {|PHI003:value|});
            """);

        [Fact]
        public Task PHI003_storage_of_unprotected_values_in_top_level_statements_is_clean() => Verify<PHI003UnencryptedStorageAnalyzer>("""
            File.WriteAllText("patient.txt", patient.Id.ToString());

            void Save([PatientData] string value) => File.AppendAllText("audit.txt", value.Length.ToString());
            """);

        [Fact]
        public Task PHI004_exception_messages_in_top_level_statements_and_local_functions_are_reported() => Verify<PHI004ExceptionMessageLeakAnalyzer>("""
            if (patient.Id < 0)
            {
                throw new InvalidOperationException({|PHI004:$"No record for {patient.Name}"|});
            }

            void Check([PatientData] string value) => throw new ArgumentException({|PHI004:"Unknown patient " + value|});
            """);

        [Fact]
        public Task PHI004_exception_messages_without_protected_values_in_top_level_statements_are_clean() => Verify<PHI004ExceptionMessageLeakAnalyzer>("""
            if (patient.Id < 0)
            {
                throw new InvalidOperationException($"No record for {patient.Id}");
            }

            void Check([PatientData] string value) => throw new ArgumentException("Unknown patient", nameof(value));
            """);

        [Fact]
        public Task PHI005_telemetry_in_top_level_statements_and_local_functions_is_reported() => Verify<PHI005TelemetryLeakAnalyzer>("""
            Activity.Current?.SetTag("patient.name", {|PHI005:patient.Name|});

            void Tag(Activity activity, [PatientData] string value) => activity.SetTag("patient", {|PHI005:value|});
            """);

        [Fact]
        public Task PHI005_telemetry_of_unprotected_values_in_top_level_statements_is_clean() => Verify<PHI005TelemetryLeakAnalyzer>("""
            Activity.Current?.SetTag("patient.id", patient.Id);

            void Tag(Activity activity, [PatientData] string value) => activity.SetTag("patient.length", value.Length);
            """);

        [Fact]
        public Task PHI006_urls_in_top_level_statements_and_local_functions_are_reported() => Verify<PHI006UrlLeakAnalyzer>("""
            var http = new System.Net.Http.HttpClient();
            await http.GetAsync({|PHI006:"https://records.example/find?name=" + patient.Name|});

            System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> Find([PatientData] string value) => http.GetAsync({|PHI006:"https://records.example/find?q=" + value|});
            """);

        [Fact]
        public Task PHI006_urls_of_unprotected_values_in_top_level_statements_are_clean() => Verify<PHI006UrlLeakAnalyzer>("""
            var http = new System.Net.Http.HttpClient();
            await http.GetAsync("https://records.example/patients/" + patient.Id);

            System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> Find([PatientData] string value) => http.GetAsync("https://records.example/find?length=" + value.Length);
            """);
    }
}
