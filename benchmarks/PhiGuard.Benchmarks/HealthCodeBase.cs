using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// A generated health code base: modules of patient records, encounters, a repository and a service whose methods
    /// look up patients, project, build text, log, trace and throw the way clinical back ends do. Three method shapes in
    /// ten leak (a name, a diagnosis, a phone number through a helper); most mention patients and stay clean; some never
    /// touch protected data.
    /// </summary>
    internal static class HealthCodeBase
    {
        /// <summary>The policy the code base is analysed with.</summary>
        public const string Policy = """
            {
              "version": 1,
              "name": "generated-health",
              "protected": [
                { "type": "Health.Module*.PatientRecord*", "category": "demographics" },
                { "type": "Health.Module*.Encounter*", "members": [ "Diagnosis", "Notes" ], "category": "clinical" },
                { "name": "*ssn*", "category": "identifier" }
              ],
              "unprotected": [ { "member": "Health.Module*.PatientRecord*.Id" } ],
              "sanitizers": [ "Health.Module*.Service*.Mask" ]
            }
            """;

        private const int MethodsPerModule = 168;

        /// <summary>One source file per module; <paramref name="modules"/> of them make about 2,000 lines each.</summary>
        public static IReadOnlyList<string> Generate(int modules)
        {
            var files = new List<string>(modules);
            for (var module = 0; module < modules; module++)
            {
                files.Add(Module(module));
            }

            return files;
        }

        private static string Module(int n)
        {
            var code = new StringBuilder();
            code.Append(Header.Replace("{n}", N(n)));
            for (var k = 0; k < MethodsPerModule; k++)
            {
                code.Append(Templates[k % Templates.Length].Replace("{n}", N(n)).Replace("{k}", N(k)));
            }

            code.Append(Footer);
            return code.ToString();
        }

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        private const string Header = """
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace Health.Module{n}
            {
                public sealed class PatientRecord{n}
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string Ssn { get; set; } = "";
                    public DateTime DateOfBirth { get; set; }
                    public string Phone { get; set; } = "";
                    public List<Encounter{n}> Encounters { get; } = new List<Encounter{n}>();
                }

                public sealed class Encounter{n}
                {
                    public int Id { get; set; }
                    public int PatientId { get; set; }
                    public string Diagnosis { get; set; } = "";
                    public string Notes { get; set; } = "";
                    public DateTime When { get; set; }
                }

                public sealed class PatientSummary{n}
                {
                    public int Id { get; set; }
                    public string DisplayName { get; set; } = "";
                    public int VisitCount { get; set; }
                }

                public sealed class Repository{n}
                {
                    private readonly Dictionary<int, PatientRecord{n}> _store = new Dictionary<int, PatientRecord{n}>();

                    public PatientRecord{n}? Find(int id) => _store.TryGetValue(id, out var patient) ? patient : null;

                    public IEnumerable<PatientRecord{n}> All() => _store.Values;

                    public Task SaveAsync(PatientRecord{n} patient)
                    {
                        _store[patient.Id] = patient;
                        return Task.CompletedTask;
                    }
                }

                public sealed class Service{n}
                {
                    private static readonly ActivitySource Source = new ActivitySource("Health.Module{n}");
                    private readonly ILogger<Service{n}> _logger;
                    private readonly Repository{n} _repository;

                    public Service{n}(ILogger<Service{n}> logger, Repository{n} repository)
                    {
                        _logger = logger;
                        _repository = repository;
                    }

                    public static string Mask(string value) => value.Length <= 2 ? "**" : value.Substring(0, 1) + new string('*', value.Length - 1);

                    private static string Initials(string name) => string.Concat(name.Split(' ').Where(part => part.Length > 0).Select(part => part[0]));

                    private void Audit(string action, string subject) => _logger.LogInformation("Audit {Action} on {Subject}", action, subject);

            """;

        private const string Footer = """
                }
            }

            """;

        private static readonly string[] Templates =
        {
            """
                    public PatientSummary{n} Summarize{k}(int id)
                    {
                        var patient = _repository.Find(id);
                        if (patient is null)
                        {
                            _logger.LogWarning("Patient {Id} not found", id);
                            return new PatientSummary{n} { Id = id, DisplayName = "unknown" };
                        }

                        var recent = patient.Encounters.Where(e => e.When > DateTime.UtcNow.AddYears(-1)).ToList();
                        _logger.LogInformation("Patient {Id} has {Count} recent encounters", patient.Id, recent.Count);
                        return new PatientSummary{n} { Id = patient.Id, DisplayName = Initials(patient.Name), VisitCount = recent.Count };
                    }

            """,
            """
                    public string Describe{k}(int id)
                    {
                        var patient = _repository.Find(id) ?? throw new KeyNotFoundException("No patient " + id);
                        var age = DateTime.Today.Year - patient.DateOfBirth.Year;
                        var label = age >= 65 ? "senior" : age >= 18 ? "adult" : "minor";
                        _logger.LogInformation("Describing {Name} ({Label})", patient.Name, label);
                        return label;
                    }

            """,
            """
                    public int Total{k}(int[] amounts, int threshold)
                    {
                        var total = 0;
                        foreach (var amount in amounts)
                        {
                            if (amount > threshold)
                            {
                                total += amount;
                            }
                        }

                        _logger.LogDebug("Computed total {Total} over {Count} amounts", total, amounts.Length);
                        return total;
                    }

            """,
            """
                    public async Task Save{k}(PatientRecord{n} patient)
                    {
                        try
                        {
                            await _repository.SaveAsync(patient);
                            _logger.LogInformation("Saved patient {Id} with {Count} encounters", patient.Id, patient.Encounters.Count);
                        }
                        catch (InvalidOperationException error)
                        {
                            _logger.LogError(error, "Saving patient {Id} failed", patient.Id);
                            throw;
                        }
                    }

            """,
            """
                    public string Timeline{k}(int id)
                    {
                        var patient = _repository.Find(id);
                        if (patient is null)
                        {
                            return "";
                        }

                        var text = new StringBuilder();
                        foreach (var encounter in patient.Encounters.OrderBy(e => e.When))
                        {
                            text.Append(encounter.When.ToString("d")).Append(": ").Append(encounter.Diagnosis).Append("; ");
                        }

                        _logger.LogDebug("Timeline {Timeline}", text.ToString());
                        return text.ToString();
                    }

            """,
            """
                    public int[] Seniors{k}()
                    {
                        var ids = _repository.All()
                            .Where(p => p.DateOfBirth.Year < 1950 && p.Name.Length > 0)
                            .Select(p => p.Id)
                            .ToArray();
                        _logger.LogInformation("{Count} seniors: {Ids}", ids.Length, string.Join(",", ids));
                        using var activity = Source.StartActivity("seniors");
                        activity?.SetTag("count", ids.Length);
                        return ids;
                    }

            """,
            """
                    public void Verify{k}(PatientRecord{n} patient, string expectedSsn)
                    {
                        if (patient.Ssn.Length != 9 || !string.Equals(patient.Ssn, expectedSsn, StringComparison.Ordinal))
                        {
                            Audit("verify-failed", patient.Id.ToString());
                            throw new InvalidOperationException($"Identity check failed for patient {patient.Id}: masked {Mask(patient.Ssn)}");
                        }

                        Audit("verified", patient.Id.ToString());
                    }

            """,
            """
                    public void Contact{k}(int id, string channel)
                    {
                        var patient = _repository.Find(id);
                        var phone = patient?.Phone ?? "none";
                        var message = channel switch
                        {
                            "sms" => "Texting " + phone,
                            "call" => "Calling " + phone,
                            _ => "No contact for " + id,
                        };
                        Audit("contact", message);
                    }

            """,
            """
                    public Dictionary<string, int> Counts{k}(IEnumerable<string> codes)
                    {
                        var counts = new Dictionary<string, int>();
                        foreach (var code in codes)
                        {
                            counts[code] = counts.TryGetValue(code, out var seen) ? seen + 1 : 1;
                        }

                        _logger.LogTrace("Counted {Distinct} distinct codes", counts.Count);
                        return counts;
                    }

            """,
            """
                    public void Tag{k}(PatientRecord{n} patient)
                    {
                        using var activity = Source.StartActivity("patient");
                        activity?.SetTag("patient.id", patient.Id);
                        activity?.SetTag("patient.encounters", patient.Encounters.Count);
                        var (first, _) = (patient.Encounters.FirstOrDefault()?.When, patient.Encounters.Count);
                        _logger.LogInformation("Tagged patient {Id}, first seen {First}", patient.Id, first.HasValue);
                    }

            """,
        };
    }
}
