using System;
using System.Collections.Generic;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// One row of the sink catalogue: methods (or constructors, <c>.ctor</c>, or property setters, <c>set_Name</c>)
    /// of one type whose arguments leave the process as the sink <see cref="Kind"/>.
    /// </summary>
    internal sealed class SinkDefinition
    {
        private SinkDefinition(SinkKind kind, string typeName, IReadOnlyList<string> members)
        {
            Kind = kind;
            TypeName = typeName;
            Members = members;
        }

        public SinkKind Kind { get; }

        /// <summary>The declaring type's metadata name, as <c>Compilation.GetTypeByMetadataName</c> takes it.</summary>
        public string TypeName { get; }

        /// <summary>Member name globs.</summary>
        public IReadOnlyList<string> Members { get; }

        /// <summary>Also matches overrides, interface implementations and derived types' constructors.</summary>
        public bool IncludeDerived { get; private set; }

        /// <summary>When set, only these parameters carry data into the sink; otherwise every data parameter does.</summary>
        public IReadOnlyList<string>? Parameters { get; private set; }

        /// <summary>The receiver's own data reaches the sink too (<c>builder.ToString()</c> is not a sink, but <c>cookie.Append()</c> of a tainted cookie is).</summary>
        public bool IncludesReceiver { get; private set; }

        public ValueMode Mode { get; private set; } = ValueMode.Text;

        /// <summary>A message-template parameter (Serilog, Microsoft.Extensions.Logging, NLog) whose <c>{@Hole}</c> destructures the matching argument.</summary>
        public string? TemplateParameter { get; private set; }

        /// <summary>When set, the call is a sink only on a receiver read from this member (<c>System.Exception.Data</c>, <c>System.Console.Out</c>).</summary>
        public IReadOnlyList<string>? ReceiverMembers { get; private set; }

        /// <summary>When set, the call is a sink only where this says so of its receiver and arguments (a writer over a file, not over a <c>CryptoStream</c>).</summary>
        public Func<SinkCall, bool>? Condition { get; private set; }

        public static SinkDefinition Of(SinkKind kind, string typeName, params string[] members) =>
            new SinkDefinition(kind, typeName, members);

        public SinkDefinition Derived()
        {
            IncludeDerived = true;
            return this;
        }

        public SinkDefinition Only(params string[] parameters)
        {
            Parameters = parameters;
            return this;
        }

        public SinkDefinition WithReceiver()
        {
            IncludesReceiver = true;
            return this;
        }

        public SinkDefinition Structured()
        {
            Mode = ValueMode.Structure;
            return this;
        }

        /// <summary>The sink writes values member by member, by the rules of the serializer <paramref name="mode"/> names.</summary>
        public SinkDefinition As(ValueMode mode)
        {
            Mode = mode;
            return this;
        }

        public SinkDefinition When(Func<SinkCall, bool> condition)
        {
            Condition = condition;
            return this;
        }

        public SinkDefinition Template(string parameter)
        {
            TemplateParameter = parameter;
            return this;
        }

        public SinkDefinition OnReceiver(params string[] members)
        {
            ReceiverMembers = members;
            return this;
        }

        public bool MatchesName(string memberName)
        {
            foreach (var pattern in Members)
            {
                if (Glob.IsMatch(pattern, memberName) && (pattern.IndexOf('*') >= 0 || string.Equals(pattern, memberName, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
