using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>PHI003 on a real EF Core (SQLite) project: protected columns without an encrypting converter, before and after one is added.</summary>
    [Collection(PackedPackageCollection.Name)]
    public class EntityFrameworkColumnTests
    {
        private const string Policy = """
            {
              "version": 1,
              "protected": [ { "type": "App.Patient", "reason": "patient record" } ],
              "unprotected": [ { "member": "App.Patient.Id" } ],
              "sanitizers": [ "App.Security.SealedStringConverter" ]
            }
            """;

        private const string Entities = """
            using Microsoft.EntityFrameworkCore;

            namespace App;

            public class Patient
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
                public string Ssn { get; set; } = "";
            }

            public static class Program
            {
                public static void Main()
                {
                    using var db = new ClinicContext(new DbContextOptionsBuilder<ClinicContext>().UseSqlite("Data Source=:memory:").Options);
                    db.Patients.Add(new Patient { Name = "Ana", Ssn = "078-05-1120" });
                }
            }
            """;

        private const string PlainContext = """
            using Microsoft.EntityFrameworkCore;

            namespace App;

            public class ClinicContext(DbContextOptions<ClinicContext> options) : DbContext(options)
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """;

        private const string EncryptingContext = """
            using System;
            using System.Text;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

            namespace App
            {
                public class ClinicContext(DbContextOptions<ClinicContext> options) : DbContext(options)
                {
                    public DbSet<Patient> Patients => Set<Patient>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Patient>(patient =>
                        {
                            patient.Property(p => p.Name).HasConversion<App.Security.SealedStringConverter>();
                            patient.Property(p => p.Ssn).HasConversion<App.Security.SealedStringConverter>();
                        });
                    }
                }
            }

            namespace App.Security
            {
                /// <summary>Stands in for a key-vault backed cipher; the policy lists it as a sanitizer.</summary>
                public sealed class SealedStringConverter() : ValueConverter<string, string>(
                    value => Convert.ToBase64String(Encoding.UTF8.GetBytes(value)),
                    stored => Encoding.UTF8.GetString(Convert.FromBase64String(stored)));
            }
            """;

        private readonly PackedPackageFixture _package;

        public EntityFrameworkColumnTests(PackedPackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public async Task Unencrypted_protected_columns_are_reported_until_an_encrypting_converter_is_added()
        {
            using var project = new ConsumerProject(_package)
                .Reference("Microsoft.EntityFrameworkCore.Sqlite", "10.0.15")
                .Reference("Microsoft.Extensions.Logging.Abstractions", "10.0.15")
                .Write("phiguard.json", Policy)
                .Write("app/Program.cs", Entities)
                .Write("app/ClinicContext.cs", PlainContext);

            var before = await project.BuildAsync();

            Assert.True(before.ExitCode == 0, before.Output);
            var findings = before.OfRule("PHI003").OrderBy(f => f.Line).ToList();
            Assert.Equal(new[] { (8, 19), (9, 19) }, findings.Select(f => (f.Line, f.Column)));
            Assert.All(findings, f => Assert.EndsWith("Program.cs", f.File));
            Assert.Contains("'Patient.Name' is protected", findings[0].Message);
            Assert.Contains("'Patient.Ssn' is protected", findings[1].Message);
            Assert.All(findings, f => Assert.Contains("stored unencrypted by ClinicContext", f.Message));

            project.Write("app/ClinicContext.cs", EncryptingContext);
            var after = await project.BuildAsync();

            Assert.True(after.ExitCode == 0, after.Output);
            Assert.Empty(after.OfRule("PHI003"));
        }
    }
}
