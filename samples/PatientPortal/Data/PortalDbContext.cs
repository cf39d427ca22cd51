using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Domain;
using PatientPortal.Security;

namespace PatientPortal.Data;

public class PortalDbContext(DbContextOptions<PortalDbContext> options, IDataProtectionProvider protection) : DbContext(options)
{
    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<TestResult> TestResults => Set<TestResult>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<ClinicalNote> ClinicalNotes => Set<ClinicalNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var protector = protection.CreateProtector("PatientPortal.Columns");
        var text = new ProtectedStringConverter(protector);

        // Correct: health information and contact details are encrypted before they reach the database.
        modelBuilder.Entity<Patient>(patient =>
        {
            patient.Property(p => p.FullName).HasConversion(text);
            patient.Property(p => p.DateOfBirth).HasConversion(new ProtectedDateConverter(protector));
            patient.Property(p => p.Email).HasConversion(text);
            patient.Property(p => p.Phone).HasConversion(text);
        });
        modelBuilder.Entity<TestResult>(result =>
        {
            result.Property(r => r.Value).HasConversion(text);
            result.Property(r => r.Interpretation).HasConversion(text);
        });
        modelBuilder.Entity<Appointment>().Property(a => a.Reason).HasConversion(text);
        modelBuilder.Entity<ClinicalNote>().Property(n => n.Text).HasConversion(text);
    }
}
