using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI003UnencryptedStorageAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PHI003UnencryptedStorageAnalyzerTests
    {
        /// <summary>The clinic policy, plus every type in <c>Clinic.Records</c> (ids aside), an encrypting converter the policy trusts, and an archive sink.</summary>
        private static readonly string Policy = Policies.Clinic
            .Replace("""{ "source": "Clinic.PatientStore.ReadNotes" }""", """{ "source": "Clinic.PatientStore.ReadNotes" }, { "namespace": "Clinic.Records" }""")
            .Replace("""[ { "member": "Clinic.Patient.Id" } ]""", """[ { "member": "Clinic.Patient.Id" }, { "name": "Id" } ]""")
            .Replace("""[ "Clinic.Phi.Mask" ]""", """[ "Clinic.Phi.Mask", "Clinic.Security.VaultConverter" ], "sinks": { "store": [ "Clinic.Security.Archive.Put" ] }""");

        private const string Usings = """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            using Clinic;

            """;

        private const string Security = """

            namespace Clinic.Security
            {
                public static class Vault
                {
                    public static string Seal(string value) => value;
                    public static string Open(string value) => value;
                }

                public static class Archive
                {
                    public static void Put(string key, object value) { }
                }
            }
            """;

        private static Task Verify(string body, params DiagnosticResult[] expected) => VerifyCode("public class Service\n{\n" + body + "\n}\n", TestReferences.Storage, expected);

        private static Task VerifyCode(string code, ReferenceAssemblies references, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(Usings + code + Security + Policies.Model, Policy, references, expected);

        [Fact]
        public Task File_write_of_a_protected_value_is_reported() => Verify("""
            public void Run(Patient patient, Visit visit, string path)
            {
                File.WriteAllText(path, {|PHI003:patient.Name|});
                File.AppendAllLines(path, {|PHI003:new[] { visit.Notes }|});
                File.WriteAllBytes(path, {|PHI003:Encoding.UTF8.GetBytes(patient.Ssn)|});
            }
            """);

        [Fact]
        public Task File_write_of_ids_and_dates_is_clean() => Verify("""
            public void Run(Patient patient, Visit visit, string path)
            {
                File.WriteAllText(path, patient.Id.ToString());
                File.AppendAllLines(path, new[] { visit.When.ToString("O") });
            }
            """);

        [Fact]
        public Task Stream_writer_over_a_file_is_reported() => Verify("""
            public async Task Run(Visit visit, string path)
            {
                using var writer = new StreamWriter(path);
                writer.WriteLine({|PHI003:visit.Notes|});
                using var file = File.Create(path + ".bin");
                using var binary = new BinaryWriter(file);
                binary.Write({|PHI003:visit.Diagnosis|});
                await file.WriteAsync({|PHI003:Encoding.UTF8.GetBytes(visit.Notes)|});
            }
            """);

        [Fact]
        public Task Stream_writer_over_a_CryptoStream_is_clean() => Verify("""
            public void Run(Visit visit, string path, Aes aes)
            {
                using var file = File.Create(path);
                using var crypto = new CryptoStream(file, aes.CreateEncryptor(), CryptoStreamMode.Write);
                using var writer = new StreamWriter(crypto);
                writer.WriteLine(visit.Notes);
                using (var binary = new BinaryWriter(new CryptoStream(File.OpenWrite(path), aes.CreateEncryptor(), CryptoStreamMode.Write)))
                {
                    binary.Write(visit.Diagnosis);
                }
            }
            """);

        [Fact]
        public Task Encrypted_bytes_written_to_a_file_are_clean() => Verify("""
            public void Run(Visit visit, string path, Aes aes, byte[] iv)
            {
                File.WriteAllBytes(path, aes.EncryptCbc(Encoding.UTF8.GetBytes(visit.Notes), iv));
            }
            """);

        [Fact]
        public Task Memory_and_console_writers_are_not_storage() => Verify("""
            public void Run(Visit visit)
            {
                using var memory = new MemoryStream();
                using var writer = new StreamWriter(memory);
                writer.Write(visit.Notes);
                Console.Out.WriteLine(visit.Diagnosis);
            }
            """);

        [Fact]
        public Task Ado_net_parameters_bound_to_protected_values_are_reported() => Verify("""
            public void Run(Microsoft.Data.Sqlite.SqliteConnection connection, Patient patient)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO patients (id, name, ssn) VALUES ($id, $name, $ssn)";
                command.Parameters.AddWithValue("$id", patient.Id);
                command.Parameters.AddWithValue("$name", {|PHI003:patient.Name|});
                var ssn = command.CreateParameter();
                ssn.ParameterName = "$ssn";
                ssn.Value = {|PHI003:patient.Ssn|};
                command.Parameters.Add(ssn);
                command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$dob", {|PHI003:patient.DateOfBirth|}));
                command.ExecuteNonQuery();
            }
            """);

        [Fact]
        public Task Protected_values_interpolated_into_sql_are_reported() => Verify("""
            public void Run(Microsoft.Data.Sqlite.SqliteConnection connection, Patient patient)
            {
                using var command = connection.CreateCommand();
                command.CommandText = {|PHI003:$"UPDATE patients SET name = '{patient.Name}' WHERE id = {patient.Id}"|};
                using var other = new Microsoft.Data.Sqlite.SqliteCommand({|PHI003:"DELETE FROM patients WHERE ssn = '" + patient.Ssn + "'"|}, connection);
            }
            """);

        [Fact]
        public Task Sql_with_only_ids_is_clean() => Verify("""
            public void Run(Microsoft.Data.Sqlite.SqliteConnection connection, Patient patient)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"DELETE FROM visits WHERE patient_id = {patient.Id}";
                command.Parameters.AddWithValue("$id", patient.Id);
            }
            """);

        [Fact]
        public Task Dapper_parameters_and_sql_text_are_reported() => Verify("""
            public void Run(System.Data.IDbConnection connection, Patient patient)
            {
                Dapper.SqlMapper.Execute(connection, "INSERT INTO patients (name) VALUES (@Name)", {|PHI003:new { patient.Name }|});
                Dapper.SqlMapper.Execute(connection, "INSERT INTO patients (name, ssn) VALUES (@Name, @Ssn)", {|PHI003:patient|});
                Dapper.SqlMapper.Query<int>(connection, {|PHI003:$"SELECT id FROM patients WHERE ssn = '{patient.Ssn}'"|});
                var parameters = new Dapper.DynamicParameters();
                parameters.Add("ssn", {|PHI003:patient.Ssn|});
            }
            """);

        [Fact]
        public Task Dapper_with_ids_only_is_clean() => Verify("""
            public void Run(System.Data.IDbConnection connection, Patient patient)
            {
                Dapper.SqlMapper.Execute(connection, "DELETE FROM visits WHERE patient_id = @Id", new { patient.Id });
                Dapper.SqlMapper.Query<int>(connection, $"SELECT id FROM visits WHERE patient_id = {patient.Id}");
            }
            """);

        [Fact]
        public Task Ef_core_raw_sql_with_protected_values_is_reported() => Verify("""
            public void Run(Microsoft.EntityFrameworkCore.DbContext db, Patient patient)
            {
                Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(db.Database, {|PHI003:"UPDATE patients SET ssn = '" + patient.Ssn + "'"|});
                Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(db.Database, "UPDATE patients SET name = {0}", {|PHI003:patient.Name|});
                Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSql(db.Database, {|PHI003:$"UPDATE patients SET ssn = {patient.Ssn}"|});
            }
            """);

        [Fact]
        public Task Ef_core_raw_sql_with_ids_only_is_clean() => Verify("""
            public void Run(Microsoft.EntityFrameworkCore.DbContext db, Patient patient)
            {
                Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(db.Database, "DELETE FROM visits WHERE patient_id = {0}", patient.Id);
                Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSql(db.Database, $"DELETE FROM visits WHERE patient_id = {patient.Id}");
            }
            """);

        [Fact]
        public Task Distributed_cache_and_redis_writes_are_reported() => Verify("""
            public async Task Run(Microsoft.Extensions.Caching.Distributed.IDistributedCache cache, StackExchange.Redis.IDatabase redis, Patient patient)
            {
                await Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions.SetStringAsync(cache, "patient:" + patient.Id, {|PHI003:System.Text.Json.JsonSerializer.Serialize(patient)|});
                cache.Set("ssn", {|PHI003:Encoding.UTF8.GetBytes(patient.Ssn)|}, new Microsoft.Extensions.Caching.Distributed.DistributedCacheEntryOptions());
                redis.StringSet("patient:" + patient.Id, {|PHI003:patient.Name|});
                await redis.HashSetAsync("patient:" + patient.Id, {|PHI003:new[] { new StackExchange.Redis.HashEntry("ssn", patient.Ssn) }|});
            }
            """);

        [Fact]
        public Task Cache_keyed_by_id_holding_no_protected_value_is_clean() => Verify("""
            public async Task Run(Microsoft.Extensions.Caching.Distributed.IDistributedCache cache, StackExchange.Redis.IDatabase redis, Patient patient)
            {
                await Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions.SetStringAsync(cache, "patient:" + patient.Id, patient.Id.ToString());
                redis.StringSet("last-patient", patient.Id);
            }
            """);

        [Fact]
        public Task Browser_local_and_session_storage_are_reported() => Verify("""
            public async Task Run(Microsoft.JSInterop.IJSRuntime js, Patient patient)
            {
                await Microsoft.JSInterop.JSRuntimeExtensions.InvokeVoidAsync(js, "localStorage.setItem", "name", {|PHI003:patient.Name|});
                await Microsoft.JSInterop.JSRuntimeExtensions.InvokeVoidAsync(js, "sessionStorage.setItem", "ssn", {|PHI003:patient.Ssn|});
                await Microsoft.JSInterop.JSRuntimeExtensions.InvokeVoidAsync(js, "localStorage.setItem", "patient-id", patient.Id);
                await Microsoft.JSInterop.JSRuntimeExtensions.InvokeVoidAsync(js, "showPatient", patient.Name);
            }
            """);

        [Fact]
        public Task Policy_store_sink_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                Clinic.Security.Archive.Put("patient", {|PHI003:patient.Ssn|});
                Clinic.Security.Archive.Put("patient", patient.Id);
            }
            """);

        [Fact]
        public Task Unencrypted_protected_column_is_reported_once_at_the_property_naming_the_context() => VerifyCode(
            """
            namespace Clinic.Records
            {
                using Microsoft.EntityFrameworkCore;

                public class Chart
                {
                    public int Id { get; set; }
                    public string Summary { get; set; } = "";
                }

                public class RecordsContext : DbContext
                {
                    public DbSet<Chart> Charts => Set<Chart>();

                    public void Save(Chart chart)
                    {
                        Charts.Add(chart);
                        Update(chart);
                        SaveChanges();
                    }
                }
            }
            """,
            TestReferences.Storage,
            VerifyCS.Diagnostic("PHI003")
                .WithSpan(16, 23, 16, 30)
                .WithArguments("Chart.Summary", "namespace \"Clinic.Records\" (phiguard.json:9)", "is stored unencrypted by RecordsContext, which maps it to a column without an encrypting value converter"));

        [Fact]
        public Task Every_unencrypted_protected_column_of_a_mapped_entity_is_reported() => VerifyCode("""
            namespace Clinic.Records
            {
                using Microsoft.EntityFrameworkCore;

                public class Admission
                {
                    public int Id { get; set; }
                    public DateTime {|PHI003:AdmittedAt|} { get; set; }
                    public string? {|PHI003:Ward|} { get; set; }
                    public List<string> {|PHI003:Allergies|} { get; set; } = new();
                    public List<Visit> Visits { get; set; } = new();
                    public string Computed => Ward ?? "";
                }

                public class RecordsContext : DbContext
                {
                    public DbSet<Admission> Admissions => Set<Admission>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<LabResult>();
                }
            }
            """,
            TestReferences.Storage,
            VerifyCS.Diagnostic("PHI003").WithSpan(56, 23, 56, 28).WithArguments("Visit.Notes", "type \"Clinic.Visit\" member \"Notes\" (phiguard.json:6)", "is stored unencrypted by RecordsContext, which maps it to a column without an encrypting value converter"),
            VerifyCS.Diagnostic("PHI003").WithSpan(57, 23, 57, 32).WithArguments("Visit.Diagnosis", "type \"Clinic.Visit\" member \"Diagnosis\" (phiguard.json:6)", "is stored unencrypted by RecordsContext, which maps it to a column without an encrypting value converter"),
            VerifyCS.Diagnostic("PHI003").WithSpan(64, 23, 64, 28).WithArguments("LabResult.Value", "member \"Clinic.LabResult.Value\" (phiguard.json:7)", "is stored unencrypted by RecordsContext, which maps it to a column without an encrypting value converter"));

        [Fact]
        public Task Encrypting_converters_and_unmapped_properties_are_clean() => VerifyCode("""
            namespace Clinic.Records
            {
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

                public class Chart
                {
                    public int Id { get; set; }
                    public string Summary { get; set; } = "";
                    public string Ward { get; set; } = "";
                    public string Consultant { get; set; } = "";
                    public string Reference { get; set; } = "";
                    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
                    public string Scratch { get; set; } = "";
                    public string Draft { get; set; } = "";
                    public string {|PHI003:Notes|} { get; set; } = "";
                }

                public class RecordsContext : DbContext
                {
                    public DbSet<Chart> Charts => Set<Chart>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Chart>(chart =>
                        {
                            chart.Property(c => c.Summary).HasConversion<Clinic.Security.VaultConverter>();
                            chart.Property(c => c.Ward).HasMaxLength(40).HasConversion(new Clinic.Security.VaultConverter());
                            chart.Property(c => c.Consultant).HasConversion(v => Clinic.Security.Vault.Seal(Phi.Mask(v)), v => v);
                            chart.Property<string>("Reference").HasConversion(typeof(Clinic.Security.VaultConverter));
                            chart.Ignore(c => c.Draft);
                            chart.Property(c => c.Notes).HasConversion(v => v.ToUpperInvariant(), v => v);
                        });
                    }
                }
            }

            namespace Clinic.Security
            {
                public sealed class VaultConverter : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<string, string>
                {
                    public VaultConverter()
                        : base(v => Vault.Seal(v), v => Vault.Open(v))
                    {
                    }
                }
            }
            """,
            TestReferences.Storage);

        [Fact]
        public Task Converter_applied_by_convention_to_every_string_encrypts_them() => VerifyCode("""
            namespace Clinic.Records
            {
                using Microsoft.EntityFrameworkCore;

                public class Chart
                {
                    public int Id { get; set; }
                    public string Summary { get; set; } = "";
                    public DateTime {|PHI003:Opened|} { get; set; }
                }

                public class RecordsContext : DbContext
                {
                    public DbSet<Chart> Charts => Set<Chart>();

                    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
                        configurationBuilder.Properties<string>().HaveConversion<Clinic.Security.VaultConverter>();
                }
            }

            namespace Clinic.Security
            {
                public sealed class VaultConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<string, string>(v => Vault.Seal(v), v => Vault.Open(v));
            }
            """,
            TestReferences.Storage);

        [Fact]
        public Task Converter_whose_source_calls_a_sanitizer_encrypts() => VerifyCode("""
            namespace Clinic.Records
            {
                using Microsoft.EntityFrameworkCore;

                public class Chart
                {
                    public int Id { get; set; }
                    public string Summary { get; set; } = "";
                }

                public class ChartConfiguration : IEntityTypeConfiguration<Chart>
                {
                    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Chart> builder) =>
                        builder.Property(c => c.Summary).HasConversion(new MaskingConverter());
                }

                public sealed class MaskingConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<string, string>(v => Phi.Mask(v), v => v);

                public class RecordsContext : DbContext
                {
                    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new ChartConfiguration());
                }
            }
            """,
            TestReferences.Storage);

        [Fact]
        public Task Entity_types_no_context_maps_are_not_reported() => VerifyCode("""
            namespace Clinic.Records
            {
                public class Chart
                {
                    public int Id { get; set; }
                    public string Summary { get; set; } = "";
                }

                public class RecordsContext : Microsoft.EntityFrameworkCore.DbContext
                {
                }
            }
            """,
            TestReferences.Storage);

        [Fact]
        public Task Cookies_and_session_are_reported() => VerifyCode("""
            public class Service
            {
                public void Run(Microsoft.AspNetCore.Http.HttpContext http, Patient patient)
                {
                    http.Response.Cookies.Append("name", {|PHI003:patient.Name|});
                    Microsoft.AspNetCore.Http.SessionExtensions.SetString(http.Session, "ssn", {|PHI003:patient.Ssn|});
                    http.Session.Set("dob", {|PHI003:Encoding.UTF8.GetBytes(patient.DateOfBirth.ToString("O"))|});
                }
            }
            """,
            TestReferences.AspNetCore);

        [Fact]
        public Task Cookies_and_session_holding_ids_or_protected_data_are_clean() => VerifyCode("""
            public class Service
            {
                public async Task Run(Microsoft.AspNetCore.Http.HttpContext http, Microsoft.AspNetCore.DataProtection.IDataProtector protector, Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage.ProtectedLocalStorage storage, Patient patient, string path)
                {
                    http.Response.Cookies.Append("patient", patient.Id.ToString());
                    Microsoft.AspNetCore.Http.SessionExtensions.SetString(http.Session, "ssn", Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(protector, patient.Ssn));
                    File.WriteAllText(path, Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(protector, patient.Name));
                    await storage.SetAsync("patient", patient);
                }
            }
            """,
            TestReferences.AspNetCore);

        [Fact]
        public Task System_Web_cookie_values_are_reported() => VerifyCode("""
            public class Service
            {
                public void Run(System.Web.HttpResponse response, Patient patient)
                {
                    var cookie = new System.Web.HttpCookie("name", {|PHI003:patient.Name|});
                    cookie.Value = {|PHI003:patient.Ssn|};
                    cookie.Values["dob"] = {|PHI003:patient.DateOfBirth.ToString()|};
                    response.Cookies.Add(new System.Web.HttpCookie("patient", patient.Id.ToString()));
                }
            }

            namespace System.Runtime.CompilerServices
            {
                // .NET Framework lacks the type the shared model's records need.
                internal static class IsExternalInit { }
            }
            """,
            TestReferences.NetFramework);
    }
}
