using FhirService.Data;
using FhirService.Endpoints;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<ResourceStore>();

var app = builder.Build();
app.MapPatients();
app.MapObservations();
app.Run();
