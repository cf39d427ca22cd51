using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.CodeFixes.Editing
{
    /// <summary>
    /// The policy a project's analyzers use, found the same way (its AdditionalFiles), and the analyzers' own
    /// answers about it: what is protected, what a serializer writes (less what sanitizing converters hide), which calls are sinks.
    /// Kept apart from the analyzers' per-compilation state so a fix never disturbs it; cached per compilation.
    /// </summary>
    internal sealed class PolicyServices
    {
        private static readonly ConditionalWeakTable<Compilation, PolicyServices> Cache = new ConditionalWeakTable<Compilation, PolicyServices>();

        private PolicyServices(Compilation compilation, EffectivePolicy policy)
        {
            Policy = policy;
            Classifier = new ProtectionClassifier(policy);
            Exposure = new TypeExposure(Classifier, new SanitizerResolver(policy));
            Sinks = new SinkResolver(compilation, policy);
        }

        public EffectivePolicy Policy { get; }

        public ProtectionClassifier Classifier { get; }

        public TypeExposure Exposure { get; }

        public SinkResolver Sinks { get; }

        /// <summary>The services for the project's policy, or null when it has none that loads (PHI100 says why).</summary>
        public static PolicyServices? For(Project project, Compilation compilation, CancellationToken cancellationToken)
        {
            var policy = PolicyDiscovery.Load(project.AnalyzerOptions, cancellationToken).Policy;
            if (policy is null)
            {
                return null;
            }

            lock (Cache)
            {
                if (Cache.TryGetValue(compilation, out var known) && ReferenceEquals(known.Policy, policy))
                {
                    return known;
                }

                var created = new PolicyServices(compilation, policy);
                Cache.Remove(compilation);
                Cache.Add(compilation, created);
                return created;
            }
        }
    }
}
