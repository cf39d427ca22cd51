using System.Threading;
using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// The severity a rule reports at. The policy's <c>rules</c> sets it; <c>.editorconfig</c> (and
    /// <c>NoWarn</c>, rule sets, <c>WarningsAsErrors</c>) is applied by the compiler on top and so wins.
    /// A rule the policy turns off (<c>none</c>) runs only if the project configures its severity explicitly.
    /// </summary>
    internal static class RuleSeverities
    {
        public static DiagnosticSeverity? Resolve(EffectivePolicy policy, DiagnosticDescriptor descriptor, Compilation compilation, CancellationToken cancellationToken)
        {
            var fallback = ToPolicy(descriptor.DefaultSeverity);
            var configured = policy.SeverityOf(descriptor.Id, fallback);
            if (configured != RuleSeverity.None)
            {
                return ToRoslyn(configured);
            }

            return IsConfiguredByProject(descriptor.Id, compilation, cancellationToken) ? descriptor.DefaultSeverity : null;
        }

        private static bool IsConfiguredByProject(string id, Compilation compilation, CancellationToken cancellationToken)
        {
            if (compilation.Options.SpecificDiagnosticOptions.ContainsKey(id))
            {
                return true;
            }

            var provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (provider is null)
            {
                return false;
            }

            if (provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out _))
            {
                return true;
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                if (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out _))
                {
                    return true;
                }
            }

            return false;
        }

        private static RuleSeverity ToPolicy(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => RuleSeverity.Error,
            DiagnosticSeverity.Warning => RuleSeverity.Warning,
            DiagnosticSeverity.Info => RuleSeverity.Info,
            _ => RuleSeverity.Hidden,
        };

        private static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            RuleSeverity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };
    }
}
