using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<PhiGuard.Analyzers.Rules.PHI003UnencryptedStorageAnalyzer, PhiGuard.CodeFixes.Rules.PHI003UnencryptedStorageFixer>;

namespace PhiGuard.Analyzers.Tests.Fixes
{
    public class PHI003UnencryptedStorageFixerTests
    {
        private const string Sealed = "PhiGuard.EncryptColumn.Clinic.Security.SealedStringConverter";
        private const string Protect = "PhiGuard.DataProtection.Protect";

        private const string Policy = """
            {
              "version": 1,
              "protected": [ { "type": "Clinic.Patient" }, { "type": "Clinic.Note", "members": [ "Text" ] } ],
              "unprotected": [ { "member": "Clinic.Patient.Id" } ],
              "sanitizers": [ "Clinic.Security.SealedStringConverter", "Clinic.Security.SealedDateConverter" ]
            }
            """;

        private const string Converters = """

            namespace Clinic.Security
            {
                public sealed class SealedStringConverter : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<string, string>
                {
                    public SealedStringConverter() : base(value => System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value)), stored => System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(stored))) { }
                }

                public sealed class SealedDateConverter : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<System.DateTime, long>
                {
                    public SealedDateConverter() : base(value => value.Ticks, stored => new System.DateTime(stored)) { }
                }
            }
            """;

        private static Task Verify(string source, string fixedSource, string key) =>
            VerifyCS.VerifyAsync(source + Converters, fixedSource + Converters, Policy, TestReferences.WebWithEntityFramework, key);

        [Fact]
        public Task Column_gets_the_policy_converter_in_a_new_OnModelCreating() => Verify(
            """
            using Microsoft.EntityFrameworkCore;

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public string {|PHI003:Ssn|} { get; set; } = "";
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients => Set<Patient>();
                }
            }
            """,
            """
            using Clinic.Security;
            using Microsoft.EntityFrameworkCore;

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public string Ssn { get; set; } = "";
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients => Set<Patient>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        base.OnModelCreating(modelBuilder);
                        modelBuilder.Entity<Patient>().Property(e => e.Ssn).HasConversion<SealedStringConverter>();
                    }
                }
            }
            """,
            Sealed);

        [Fact]
        public Task Fix_all_appends_each_column_to_the_existing_OnModelCreating() => Verify(
            """
            using Microsoft.EntityFrameworkCore;

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public string {|PHI003:Name|} { get; set; } = "";
                    public string {|PHI003:Ssn|} { get; set; } = "";
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients => Set<Patient>();

                    protected override void OnModelCreating(ModelBuilder builder)
                    {
                        builder.Entity<Patient>().HasKey(p => p.Id);
                    }
                }
            }
            """,
            """
            using Clinic.Security;
            using Microsoft.EntityFrameworkCore;

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string Ssn { get; set; } = "";
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients => Set<Patient>();

                    protected override void OnModelCreating(ModelBuilder builder)
                    {
                        builder.Entity<Patient>().HasKey(p => p.Id);
                        builder.Entity<Patient>().Property(e => e.Name).HasConversion<SealedStringConverter>();
                        builder.Entity<Patient>().Property(e => e.Ssn).HasConversion<SealedStringConverter>();
                    }
                }
            }
            """,
            Sealed);

        [Fact]
        public Task A_converter_for_another_type_is_not_offered() => VerifyCS.VerifyNotOfferedAsync(
            """
            using Microsoft.EntityFrameworkCore;

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public System.DateTime {|PHI003:Born|} { get; set; }
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients => Set<Patient>();
                }
            }
            """ + Converters,
            Policy,
            TestReferences.WebWithEntityFramework,
            Sealed);

        [Fact]
        public Task File_write_goes_through_the_data_protector_in_scope() => Verify(
            """
            using System.IO;
            using Microsoft.AspNetCore.DataProtection;

            namespace Clinic
            {
                public class Note
                {
                    public string Text { get; set; } = "";
                }

                public class Exporter
                {
                    private readonly IDataProtector _protector;

                    public Exporter(IDataProtector protector) => _protector = protector;

                    public void Export(Note note, string path) => File.WriteAllText(path, {|PHI003:note.Text|});
                }
            }
            """,
            """
            using System.IO;
            using Microsoft.AspNetCore.DataProtection;

            namespace Clinic
            {
                public class Note
                {
                    public string Text { get; set; } = "";
                }

                public class Exporter
                {
                    private readonly IDataProtector _protector;

                    public Exporter(IDataProtector protector) => _protector = protector;

                    public void Export(Note note, string path) => File.WriteAllText(path, _protector.Protect(note.Text));
                }
            }
            """,
            Protect);

        [Fact]
        public Task Data_protection_adds_its_using_for_the_string_extension() => Verify(
            """
            namespace Clinic
            {
                public class Note
                {
                    public string Text { get; set; } = "";
                }

                public class Exporter
                {
                    public void Export(Note note, Microsoft.AspNetCore.DataProtection.IDataProtector protector) => System.IO.File.WriteAllText("note.txt", {|PHI003:note.Text|});
                }
            }
            """,
            """
            using Microsoft.AspNetCore.DataProtection;

            namespace Clinic
            {
                public class Note
                {
                    public string Text { get; set; } = "";
                }

                public class Exporter
                {
                    public void Export(Note note, Microsoft.AspNetCore.DataProtection.IDataProtector protector) => System.IO.File.WriteAllText("note.txt", protector.Protect(note.Text));
                }
            }
            """,
            Protect);

        [Fact]
        public Task Data_protection_is_not_offered_without_a_protector_in_scope() => VerifyCS.VerifyNotOfferedAsync(
            """
            namespace Clinic
            {
                public class Note
                {
                    public string Text { get; set; } = "";
                }

                public class Exporter
                {
                    public void Export(Note note) => System.IO.File.WriteAllText("note.txt", {|PHI003:note.Text|});
                }
            }
            """,
            Policy,
            TestReferences.WebWithEntityFramework,
            Protect);
    }
}
