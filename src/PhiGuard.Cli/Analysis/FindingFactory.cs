using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>Turns the analyzers' diagnostics for one compilation into findings.</summary>
    internal sealed class FindingFactory
    {
        private static readonly SymbolDisplayFormat MemberFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.None,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

        private readonly Compilation _compilation;
        private readonly ReportRoot _root;
        private readonly string _project;
        private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

        public FindingFactory(Compilation compilation, ReportRoot root, string project)
        {
            _compilation = compilation;
            _root = root;
            _project = project;
        }

        public Finding? Create(Diagnostic diagnostic)
        {
            var location = Range(diagnostic.Location);
            if (location is null)
            {
                return null;
            }

            diagnostic.Properties.TryGetValue(LeakAnalyzer.SubjectProperty, out var subject);
            diagnostic.Properties.TryGetValue(LeakAnalyzer.SelectorProperty, out var selector);
            diagnostic.Properties.TryGetValue(LeakAnalyzer.SinkProperty, out var sink);
            return new Finding
            {
                RuleId = diagnostic.Id,
                Level = FindingLevels.From(diagnostic.Severity),
                Message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                Location = location,
                Project = _project,
                Subject = subject,
                Selector = selector,
                Sink = sink,
                Member = EnclosingMember(diagnostic.Location),
                Flow = diagnostic.AdditionalLocations.Select(Range).OfType<SourceRange>().ToList(),
                Suppression = SuppressionOf(diagnostic),
            };
        }

        private SourceRange? Range(Location location)
        {
            var span = location.GetMappedLineSpan();
            if (!span.IsValid || string.IsNullOrEmpty(span.Path))
            {
                return null;
            }

            var fullPath = Path.GetFullPath(span.Path);
            return new SourceRange(
                _root.Relative(fullPath),
                fullPath,
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1);
        }

        private string? EnclosingMember(Location location)
        {
            if (location.SourceTree is not { } tree || !_compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

            if (!_models.TryGetValue(tree, out var model))
            {
                _models[tree] = model = _compilation.GetSemanticModel(tree);
            }

            var symbol = model.GetEnclosingSymbol(location.SourceSpan.Start);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            if (symbol is IMethodSymbol { AssociatedSymbol: { } property })
            {
                symbol = property;
            }

            return symbol?.ToDisplayString(MemberFormat);
        }

        private Suppression? SuppressionOf(Diagnostic diagnostic)
        {
            if (!diagnostic.IsSuppressed)
            {
                return null;
            }

            var info = diagnostic.GetSuppressionInfo(_compilation);
            if (info?.Attribute is { } attribute)
            {
                var justification = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Justification").Value.Value as string;
                return new Suppression(SuppressionSource.SuppressMessage, justification);
            }

            if (diagnostic.Location.SourceTree is { } tree && PragmaSuppressions.Covers(tree, diagnostic.Location.SourceSpan.Start, diagnostic.Id))
            {
                return new Suppression(SuppressionSource.Pragma, null);
            }

            // A finding both exempted and approved is recorded with its exemption, the narrower decision.
            var descriptors = info is null ? new List<SuppressionDescriptor>() : info.ProgrammaticSuppressions.Select(s => s.Descriptor).ToList();
            var exemption = descriptors.FirstOrDefault(d => d.Id == ExemptionSuppressions.IdOf(diagnostic.Id));
            var approval = descriptors.FirstOrDefault(d => d.Id == ApprovedSinkSuppressions.IdOf(diagnostic.Id));
            var chosen = exemption ?? approval ?? descriptors.FirstOrDefault();
            var source = chosen is not null && ReferenceEquals(chosen, approval) ? SuppressionSource.ApprovedSink : SuppressionSource.Exemption;
            return new Suppression(source, chosen?.Justification.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
