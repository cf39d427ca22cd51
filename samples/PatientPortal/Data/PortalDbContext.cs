using Microsoft.EntityFrameworkCore;
using PatientPortal.Domain;

namespace PatientPortal.Data;

public class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options)
{
    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<TestResult> TestResults => Set<TestResult>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<ClinicalNote> ClinicalNotes => Set<ClinicalNote>();
}
