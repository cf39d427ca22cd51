using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Flow;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules.AspNetCore
{
    /// <summary>
    /// PHI006 for ASP.NET Core routes: a route template whose parameter receives protected data
    /// (<c>app.MapGet("/patients/{nhi}", ...)</c>, <c>[HttpGet("{nhi}")]</c>) makes every client put that data in the URL
    /// path. The parameter is protected when the handler's parameter of that name is (by name or type), or, without a
    /// handler to look at, when the policy protects the name.
    /// </summary>
    internal static class RouteTemplates
    {
        private static readonly HashSet<string> MapMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapGroup", "MapFallback",
        };

        public static void Register(CompilationStartAnalysisContext start, DiagnosticDescriptor descriptor)
        {
            var endpoints = start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder");
            var templateProvider = start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Routing.IRouteTemplateProvider");
            var flow = FlowContext.For(start.Compilation, start.Options, start.CancellationToken);
            if ((endpoints is null && templateProvider is null) || flow.Policy is null)
            {
                return;
            }

            var severity = RuleSeverities.Resolve(flow.Policy, descriptor, start.Compilation, start.CancellationToken);
            if (severity is null)
            {
                return;
            }

            var report = new Reporter(flow, descriptor, severity.Value);
            if (endpoints is not null)
            {
                start.RegisterOperationAction(context => AnalyzeMap(context, endpoints, report), OperationKind.Invocation);
            }

            if (templateProvider is not null)
            {
                start.RegisterSymbolAction(context => AnalyzeAttributes(context, templateProvider, report), SymbolKind.Method, SymbolKind.NamedType);
            }
        }

        private static void AnalyzeMap(OperationAnalysisContext context, INamedTypeSymbol endpoints, Reporter report)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!MapMethods.Contains(method.Name) || !method.IsExtensionMethod || !IsEndpointBuilder(method.Parameters[0].Type, endpoints))
            {
                return;
            }

            var pattern = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name is "pattern" or "prefix")?.Value;
            if (pattern?.ConstantValue is not { HasValue: true, Value: string template })
            {
                return;
            }

            var handler = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "handler")?.Value;
            report.Template(context.ReportDiagnostic, template, pattern.Syntax.GetLocation(), HandlerParameters(handler), SinkNames.Of(method));
        }

        private static void AnalyzeAttributes(SymbolAnalysisContext context, INamedTypeSymbol templateProvider, Reporter report)
        {
            var parameters = context.Symbol is IMethodSymbol method ? method.Parameters : ImmutableArray<IParameterSymbol>.Empty;
            foreach (var attribute in context.Symbol.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type
                    || !type.AllInterfaces.Contains(templateProvider, SymbolEqualityComparer.Default)
                    || attribute.ConstructorArguments.FirstOrDefault() is not { Kind: TypedConstantKind.Primitive, Value: string template }
                    || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax)
                {
                    continue;
                }

                report.Template(context.ReportDiagnostic, template, syntax.ArgumentList.Arguments[0].GetLocation(), parameters, RouteAttributeName(type));
            }
        }

        /// <summary><c>HttpGetAttribute</c> as code writes it: <c>HttpGet</c>.</summary>
        private static string RouteAttributeName(INamedTypeSymbol type) =>
            type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - "Attribute".Length) : type.Name;

        private static bool IsEndpointBuilder(ITypeSymbol type, INamedTypeSymbol endpoints) =>
            SymbolEqualityComparer.Default.Equals(type, endpoints) || type.AllInterfaces.Contains(endpoints, SymbolEqualityComparer.Default);

        /// <summary>The parameters of the lambda or method a minimal API maps the route to.</summary>
        private static ImmutableArray<IParameterSymbol> HandlerParameters(IOperation? handler) => handler switch
        {
            IConversionOperation conversion => HandlerParameters(conversion.Operand),
            IDelegateCreationOperation creation => HandlerParameters(creation.Target),
            IAnonymousFunctionOperation lambda => lambda.Symbol.Parameters,
            IMethodReferenceOperation reference => reference.Method.Parameters,
            _ => ImmutableArray<IParameterSymbol>.Empty,
        };

        /// <summary>The parameter names of a route template: <c>{nhi}</c>, <c>{nhi:length(10)}</c>, <c>{nhi?}</c>, <c>{**path}</c>.</summary>
        private static IEnumerable<string> ParameterNames(string template)
        {
            for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
            {
                if (open + 1 < template.Length && template[open + 1] == '{')
                {
                    open++;
                    continue;
                }

                var start = open + 1;
                while (start < template.Length && template[start] == '*')
                {
                    start++;
                }

                var end = start;
                while (end < template.Length && template[end] is not (':' or '=' or '?' or '}'))
                {
                    end++;
                }

                if (end > start && end < template.Length)
                {
                    yield return template.Substring(start, end - start);
                }
            }
        }

        private sealed class Reporter
        {
            private readonly FlowContext _flow;
            private readonly DiagnosticDescriptor _descriptor;
            private readonly DiagnosticSeverity _severity;

            public Reporter(FlowContext flow, DiagnosticDescriptor descriptor, DiagnosticSeverity severity)
            {
                _flow = flow;
                _descriptor = descriptor;
                _severity = severity;
            }

            public void Template(Action<Diagnostic> reportDiagnostic, string template, Location location, ImmutableArray<IParameterSymbol> handlerParameters, string sinkName)
            {
                foreach (var name in ParameterNames(template))
                {
                    var parameter = handlerParameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                    var selector = parameter is not null ? _flow.Classifier!.ProtectedParameter(parameter) : _flow.Classifier!.ProtectedName(name);
                    if (selector is null)
                    {
                        continue;
                    }

                    reportDiagnostic(LeakAnalyzer.Finding(_descriptor, location, _severity, null, name, selector, ValueMode.Text, SinkKind.Url, "the route template of " + sinkName));
                }
            }
        }
    }
}
