using Microsoft.EntityFrameworkCore;
using PatientPortal.Data;
using PatientPortal.Endpoints;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDataProtection();
builder.Services.AddDistributedMemoryCache();
builder.Services.AddDbContext<PortalDbContext>(options => options.UseSqlite(builder.Configuration.GetConnectionString("Portal") ?? "Data Source=portal.db"));

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
    db.Database.EnsureCreated();
    SeedData.Populate(db);
}

app.MapResults();
app.MapNotes();
app.MapAppointments();
app.MapExports();
app.MapSummaries();
app.MapSearch();
app.Run();
